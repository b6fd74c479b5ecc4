package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipListeningPoint;
import org.parley.sipconnector.SipPeer;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipTarget;

/**
 * SIP over WebSocket (RFC 7118): a browser-like client registers and calls over its WebSocket, is called back over the
 * same connection, and a page of another origin is refused at the upgrade.
 */
class WebSocketTransportTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String CONSOLE = "http://127.0.0.1:8080";
    private static final String OFFER = Sdp.of("parley", 5000);
    private static final String ANSWER = Sdp.of("browser", 6000);

    private final HttpClient http = HttpClient.newHttpClient();
    private ConnectorFixture connector;
    private SipConnection connection;
    private int wsPort;

    @BeforeEach
    void start() throws Exception {
        wsPort = ConnectorFixture.freePort();
        connector = ConnectorFixture.start(adapter -> {
            adapter.timing(ConnectorFixture.FAST);
            adapter.setSipWsPort(wsPort);
        }, WebSocketTransportTest::answer);
        connection = connector.connections.getConnection();
    }

    @AfterEach
    void stop() {
        try {
            connector.awaitNothingHeld(WAIT);
        } finally {
            connection.close();
            connector.close();
        }
    }

    /** The application: 200 to REGISTER, 200 with an answer to INVITE. */
    private static void answer(SipRequest request, SipConnection connection) {
        if (request.method().equals("REGISTER")) {
            connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());
        } else if (request.method().equals("INVITE")) {
            connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                    .body("application/sdp", ANSWER).build());
        }
    }

    private WebSocketSipClient browser(String origin) {
        return WebSocketSipClient.connect(http, URI.create("ws://127.0.0.1:" + wsPort), origin, "alice");
    }

    private SipRequest register(WebSocketSipClient client) throws InterruptedException {
        client.send("REGISTER sip:127.0.0.1 SIP/2.0\r\n"
                + "Via: " + client.via() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:alice@127.0.0.1>;tag=reg1\r\n"
                + "To: <sip:alice@127.0.0.1>\r\n"
                + "Call-ID: reg-" + client.host + "\r\n"
                + "CSeq: 1 REGISTER\r\n"
                + "Contact: " + client.contact() + "\r\n"
                + "Expires: 600\r\n"
                + "Content-Length: 0\r\n\r\n");
        assertEquals(200, client.receive(WAIT).status(), "the REGISTER is answered over the WebSocket");
        return connector.endpoint.nextRequest(WAIT).orElseThrow();
    }

    @Test
    void aRegisterOverTheWebSocketReachesTheApplicationAsWsAndIsAnsweredOnIt() throws Exception {
        try (WebSocketSipClient client = browser(CONSOLE)) {
            SipRequest register = register(client);

            assertEquals("sip", client.subprotocol());
            assertEquals("REGISTER", register.method());
            assertEquals("WS", register.transport());
            assertEquals("127.0.0.1", register.remote().host());
            assertTrue(connection.listeningPoints().contains(new SipListeningPoint("WS", "127.0.0.1", wsPort)),
                    connection.listeningPoints().toString());
        }
    }

    @Test
    void aCallToARegisteredWebSocketClientGoesOverItsConnectionBothWays() throws Exception {
        try (WebSocketSipClient client = browser(CONSOLE)) {
            SipPeer flow = register(client).remote();
            String leg = connection.invite(OutboundInvite.to("sip:alice@" + client.host + ";transport=ws")
                    .from("\"Parley\" <sip:2001@127.0.0.1>")
                    .target(new SipTarget("WS", flow.host(), flow.port()))
                    .body(SipBody.sdp(OFFER)).build());

            SipText invite = client.request("INVITE", WAIT);
            assertTrue(invite.need("Via").startsWith("SIP/2.0/WS 127.0.0.1:" + wsPort), invite.need("Via"));
            assertTrue(invite.need("Contact").contains(":" + wsPort + ";transport=ws"), invite.need("Contact"));
            client.respond(invite, 200, "OK", ANSWER);
            connector.endpoint.legEvents().await(e -> e.legId().equals(leg) && e instanceof LegEvent.Answered, WAIT);
            assertEquals("ACK", client.request("ACK", WAIT).method());

            connection.hangup(leg);
            SipText bye = client.request("BYE", WAIT);
            client.respond(bye, 200, "OK", null);
            LegEvent.Ended ended = (LegEvent.Ended) connector.endpoint.legEvents()
                    .await(e -> e.legId().equals(leg) && e instanceof LegEvent.Ended, WAIT);
            assertEquals(EndCause.LOCAL_HANGUP, ended.cause());
        }
    }

    @Test
    void aCallFromTheWebSocketClientIsAnsweredAndHungUpOverItsConnection() throws Exception {
        try (WebSocketSipClient client = browser(CONSOLE)) {
            register(client);
            String callId = "call-" + client.host;
            String invite = "INVITE sip:2001@127.0.0.1 SIP/2.0\r\n"
                    + "Via: " + client.via() + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:alice@127.0.0.1>;tag=call1\r\n"
                    + "To: <sip:2001@127.0.0.1>\r\n"
                    + "Call-ID: " + callId + "\r\n"
                    + "CSeq: 1 INVITE\r\n"
                    + "Contact: " + client.contact() + "\r\n";
            client.send(TestPhone.withBody(new StringBuilder(invite), OFFER));
            SipText ok = client.receive(WAIT);
            while (ok.status() < 200) {
                ok = client.receive(WAIT);
            }
            assertEquals(200, ok.status());
            client.send("ACK " + SipText.parse(ok.raw().getBytes(StandardCharsets.UTF_8), ok.raw().length())
                    .contactUri().orElseThrow() + " SIP/2.0\r\n"
                    + "Via: " + client.via() + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:alice@127.0.0.1>;tag=call1\r\n"
                    + "To: " + ok.need("To") + "\r\n"
                    + "Call-ID: " + callId + "\r\n"
                    + "CSeq: 1 ACK\r\n"
                    + "Content-Length: 0\r\n\r\n");
            String leg = connector.endpoint.nextRequest(WAIT).orElseThrow().legId().orElseThrow();
            connector.endpoint.legEvents().await(e -> e.legId().equals(leg) && e instanceof LegEvent.Confirmed, WAIT);

            connection.hangup(leg);
            SipText bye = client.request("BYE", WAIT);
            assertEquals(callId, bye.callId());
            client.respond(bye, 200, "OK", null);
            connector.endpoint.legEvents().await(e -> e.legId().equals(leg) && e instanceof LegEvent.Ended, WAIT);
        }
    }

    @Test
    void aPageOfAnotherOriginIsRefusedWith403BeforeAnySip() throws Exception {
        CompletionException refused = assertThrows(CompletionException.class,
                () -> browser("https://evil.example"));

        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class,
                refused.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
        try (WebSocketSipClient console = browser(CONSOLE)) {
            assertEquals("sip", console.subprotocol(), "the console's own origin still gets in");
        }
    }

    @Test
    void aRefusedUpgradeIsAnsweredAndTheConnectionClosed() throws Exception {
        try (Socket raw = new Socket(InetAddress.getLoopbackAddress(), wsPort)) {
            OutputStream out = raw.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + wsPort + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: sip\r\n"
                    + "Origin: http://127.0.0.1:9999\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            raw.setSoTimeout((int) WAIT.toMillis());
            InputStream in = raw.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);

            assertTrue(answer.startsWith("HTTP/1.1 403 Forbidden\r\n"), answer);
        }
    }

    @Test
    void headerNamesInAnyCaseAreUnderstood() throws Exception {
        try (Socket raw = new Socket(InetAddress.getLoopbackAddress(), wsPort)) {
            raw.getOutputStream().write(("GET / HTTP/1.1\r\nhost: 127.0.0.1:" + wsPort + "\r\nupgrade: websocket\r\n"
                    + "connection: Upgrade\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "sec-websocket-version: 13\r\nsec-websocket-protocol: sip\r\n"
                    + "origin: " + CONSOLE + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            raw.setSoTimeout((int) WAIT.toMillis());
            String answer = head(raw.getInputStream());

            assertTrue(answer.startsWith("HTTP/1.1 101 "), answer);
            // RFC 6455 §1.3's example key and its accept value
            assertTrue(answer.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"), answer);
            assertTrue(answer.contains("Sec-WebSocket-Protocol: sip\r\n"), answer);
        }
    }

    private static String head(InputStream in) throws java.io.IOException {
        StringBuilder s = new StringBuilder();
        while (s.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            s.append((char) b);
        }
        return s.toString();
    }

    @Test
    void offTurnsTheWebSocketListenerOff() throws Exception {
        ConfigLookup off = new ConfigLookup(name -> null, Map.of(WebTransports.WS_PORT, "off")::get);
        try (ConnectorFixture plain = ConnectorFixture.start(adapter -> {
            adapter.setSipWsPort(5066);
            adapter.overrideFrom(off);
        }, WebSocketTransportTest::answer);
             SipConnection c = plain.connections.getConnection()) {
            assertEquals(2, c.listeningPoints().size(), c.listeningPoints().toString());
        }
    }
}
