package org.parley.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * SIP over WebSocket (RFC 7118) against the running server: a client that speaks as a browser's SIP stack does
 * (JDK WebSocket, {@code Sec-WebSocket-Protocol: sip}, one message per text frame, {@code .invalid} Contact) registers
 * with digest, is listed as {@code WS}, and calls a SIPp phone over UDP and is called by it, each side hanging up
 * once; a page of another origin is refused at the upgrade.
 */
@ExtendWith(SharedParleyServer.class)
class SipOverWebSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static List<JsonObject> registrations(ParleyServer server, String extension) {
        return server.admin().get("/api/registrations?extension=" + extension).jsonArray()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aBrowserRegistersOverTheWebSocketWithDigestAndIsListedAsWs(ParleyServer server) {
        String ext = Extensions.create(server, "ws-password-1");
        try (SipPhone browser = SipPhone.overWebSocket(server, server.baseUrl())) {
            browser.register(ext, "ws-password-1");

            JsonObject binding = Await.value(WAIT, "the binding of " + ext, () -> registrations(server, ext),
                    list -> list.size() == 1).get(0);
            assertEquals("WS", binding.getString("transport"));
            assertTrue(binding.getString("sourceAddress").startsWith("127.0.0.1:"), binding::toString);
        }
    }

    @Test
    void aSippPhoneCallsTheBrowserOverItsConnectionAndHangsUp(ParleyServer server) throws Exception {
        String alice = Extensions.create(server, "alice-ws-1");
        String bob = Extensions.create(server, "bob-ws-1");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-ws-1");
        try (SipPhone browser = SipPhone.overWebSocket(server, server.baseUrl())) {
            browser.register(bob, "bob-ws-1");

            CompletableFuture<Sipp.Result> call = CompletableFuture.supplyAsync(
                    () -> alicePhone.call("uac_call", bob, s -> s.pause(Duration.ofMillis(1000))));
            SipPhone.Dialog incoming = browser.awaitCall(WAIT);
            assertTrue(incoming.invite().header("Via").orElseThrow().startsWith("SIP/2.0/WS "),
                    () -> "came over the WebSocket: " + incoming.invite());
            // Parley offered the browser WebRTC (its media is anchored on the engine); the browser answers in kind
            assertTrue(incoming.invite().body().contains("UDP/TLS/RTP/SAVPF"), () -> "a WebRTC offer: " + incoming.invite());
            incoming.answer(SipPhone.webRtcAnswer("browser", 40010));
            SipMessageText bye = incoming.awaitRequest("BYE", WAIT);
            incoming.respondTo(bye, 200, null, null);

            Sipp.Result result = call.get();
            assertTrue(result.allSucceeded(), result::toString);
        }
    }

    @Test
    void theBrowserCallsASippPhoneAndHangsUp(ParleyServer server) {
        String alice = Extensions.create(server, "alice-ws-2");
        String bob = Extensions.create(server, "bob-ws-2");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-ws-2");
        try (SipPhone browser = SipPhone.overWebSocket(server, server.baseUrl())) {
            browser.register(alice, "alice-ws-2");
            Sipp.Running answers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(200)));

            SipPhone.Dialog outgoing = browser.call(bob);
            assertEquals(200, outgoing.awaitFinal(WAIT).status());
            outgoing.ack();
            assertEquals(200, outgoing.bye().status());

            Sipp.Result answered = answers.await();
            assertTrue(answered.allSucceeded(), answered::toString);
        }
    }

    @Test
    void aPageOfAnotherOriginIsRefusedAtTheUpgrade(ParleyServer server) {
        CompletionException refused = assertThrows(CompletionException.class,
                () -> SipPhone.overWebSocket(server, "https://evil.example"));

        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class,
                refused.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
        Await.until(WAIT, "the refusal logged", () -> server.logText().contains("Origin https://evil.example"));
    }
}
