package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.sipconnector.NameAddress;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipCredentials;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipPeer;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.Via;

/** Requests over UDP reach the endpoint once, as complete views, and its answers reach the phone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundUdpTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private ConnectorFixture connector;
    private UdpSipClient phone;

    /** Every request answered 200 with an Allow header and a small body. */
    private static final RecordingEndpointFactory.Behaviour ANSWER_200 = (request, connection) ->
            connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                    .header("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER")
                    .header("Supported", "replaces")
                    .body("text/plain", "hello " + request.method())
                    .build());

    @BeforeAll
    void startConnector() throws Exception {
        connector = ConnectorFixture.start(ANSWER_200);
    }

    @AfterAll
    void stopConnector() throws Exception {
        phone.close();
        connector.close();
    }

    @BeforeEach
    void newPhone() throws Exception {
        if (phone != null) {
            phone.close();
        }
        phone = connector.udpClient();
        connector.endpoint.behave(ANSWER_200);
        connector.endpoint.forget();
    }

    @Test
    void optionsGetsTheApplicationsAnswerWithItsHeadersAndBody() throws Exception {
        phone.send(phone.request("OPTIONS"));

        TestResponse response = phone.finalResponse(WAIT);
        assertEquals(200, response.statusCode());
        assertEquals("OK", response.reasonPhrase());
        assertEquals("INVITE,ACK,CANCEL,BYE,OPTIONS,REGISTER", response.header("Allow").orElseThrow().replace(" ", ""));
        assertEquals("replaces", response.header("Supported").orElseThrow());
        assertEquals("text/plain", response.header("Content-Type").orElseThrow());
        assertEquals("hello OPTIONS", response.body());
        assertTrue(response.header("To").orElseThrow().contains(";tag="), "the connector adds a To tag");
        assertTrue(response.header("Via").orElseThrow().contains("branch="), "Via copied from the request");
    }

    @Test
    void aRetransmissionIsAbsorbedAndAnsweredWithTheSameResponse() throws Exception {
        TestRequest options = phone.request("OPTIONS");
        TestResponse first = phone.sendUntilAnswered(options, WAIT);
        TestResponse second = phone.sendUntilAnswered(options, WAIT);

        assertEquals(first.raw(), second.raw(), "the stack resends the response it sent");
        assertEquals(options.callId(), connector.endpoint.nextRequest(WAIT).orElseThrow().callId());
        assertTrue(connector.endpoint.nextRequest(Duration.ofMillis(300)).isEmpty(), "delivered once");
    }

    @Test
    void theViewCarriesTheParsedRequest() throws Exception {
        TestRequest register = phone.request("REGISTER")
                .viaClaimsPort(5999)
                .cseq(7)
                .header("m: <sip:alice@192.0.2.10:5062;transport=udp>;expires=600;q=0.8")
                .header("Contact: \"Alice desk\" <sip:alice@192.0.2.11>")
                .header("Expires: 3600")
                .header("User-Agent: Test phone 1.0")
                .header("Authorization: Digest username=\"alice\", realm=\"parley\", nonce=\"abc123\", "
                        + "uri=\"sip:127.0.0.1\", response=\"0123456789abcdef0123456789abcdef\", algorithm=MD5, "
                        + "qop=auth, nc=00000001, cnonce=\"xyz\"")
                .header("Proxy-Authorization: Digest username=\"bob\", realm=\"trunk\", nonce=\"n\", "
                        + "uri=\"sip:x\", response=\"r\"")
                .header("X-Custom: something special");
        phone.send(register);
        phone.finalResponse(WAIT);

        SipRequest view = connector.endpoint.nextRequest(WAIT).orElseThrow();
        assertEquals("REGISTER", view.method());
        assertEquals("UDP", view.transport());
        assertEquals(new SipPeer("127.0.0.1", phone.port()), view.remote(), "the packet's source, not the Via");
        assertEquals(new SipPeer("127.0.0.1", connector.port), view.local());
        assertEquals("sip", view.requestUri().scheme());
        assertEquals("parley", view.requestUri().user());
        assertEquals("127.0.0.1", view.requestUri().host());
        assertEquals(connector.port, view.requestUri().port());
        assertEquals(register.callId(), view.callId());
        assertEquals("Alice", view.from().displayName());
        assertEquals("a1b2c3", view.from().tag().orElseThrow());
        assertTrue(view.to().tag().isEmpty());
        assertEquals(-1, view.to().uri().port());
        assertEquals(7, view.cseq().number());
        assertEquals("REGISTER", view.cseq().method());

        Via via = view.vias().get(0);
        assertEquals("UDP", via.transport());
        assertEquals(5999, via.port());
        assertTrue(via.branch().orElseThrow().startsWith("z9hG4bK"));
        assertEquals(String.valueOf(phone.port()), via.parameters().get("rport"));

        List<NameAddress> contacts = view.contacts();
        assertEquals(2, contacts.size());
        assertEquals("192.0.2.10", contacts.get(0).uri().host());
        assertEquals(5062, contacts.get(0).uri().port());
        assertEquals("udp", contacts.get(0).uri().parameter("transport").orElseThrow());
        assertEquals("600", contacts.get(0).parameter("expires").orElseThrow());
        assertEquals("0.8", contacts.get(0).parameter("q").orElseThrow());
        assertEquals("Alice desk", contacts.get(1).displayName());
        assertFalse(view.contactWildcard());
        assertEquals(OptionalInt.of(3600), view.expires());
        assertEquals(OptionalInt.of(70), view.maxForwards());
        assertEquals("Test phone 1.0", view.userAgent().orElseThrow());

        List<SipCredentials> credentials = view.authorizations();
        assertEquals(1, credentials.size(), "Authorization only; Proxy-Authorization has its own list");
        SipCredentials digest = credentials.get(0);
        assertEquals("Digest", digest.scheme());
        assertEquals(Map.of("username", "alice", "realm", "parley", "nonce", "abc123", "uri", "sip:127.0.0.1",
                "response", "0123456789abcdef0123456789abcdef", "algorithm", "MD5", "qop", "auth",
                "nc", "00000001", "cnonce", "xyz"), digest.parameters());
        assertEquals(1, view.proxyAuthorizations().size());
        assertEquals("bob", view.proxyAuthorizations().get(0).parameter("username").orElseThrow());

        assertTrue(view.headers().contains(new SipHeader("X-Custom", "something special")));
        assertEquals(2, view.headers("Contact").size(), "compact m: expanded to Contact");
        assertEquals(view.headers().get(0).name(), "Via", "headers in the order received");
        assertEquals(0, view.body().length);
    }

    @Test
    void aWildcardContactIsFlaggedAndNotListed() throws Exception {
        phone.send(phone.request("REGISTER").header("Contact: *").header("Expires: 0"));
        phone.finalResponse(WAIT);

        SipRequest view = connector.endpoint.nextRequest(WAIT).orElseThrow();
        assertTrue(view.contactWildcard());
        assertTrue(view.contacts().isEmpty());
        assertEquals(OptionalInt.of(0), view.expires());
    }

    @Test
    void aBodyReachesTheApplicationByteForByte() throws Exception {
        String text = "Grüße aus dem Callcenter";
        phone.send(phone.request("MESSAGE").body("text/plain;charset=UTF-8", text));
        phone.finalResponse(WAIT);

        SipRequest view = connector.endpoint.nextRequest(WAIT).orElseThrow();
        assertEquals(text, new String(view.body(), StandardCharsets.UTF_8));
        assertEquals("text/plain;charset=UTF-8", view.contentType().orElseThrow().replace(" ", ""));
    }

    @Test
    void aCancelMatchingNoTransactionIsDeliveredForTheApplicationToAnswer() throws Exception {
        connector.endpoint.behave((request, connection) ->
                connection.respond(request.transactionKey(), SipResponseSpec.status(481).build()));
        phone.send(phone.request("CANCEL"));

        TestResponse response = phone.finalResponse(WAIT);
        assertEquals(481, response.statusCode());
        assertEquals("Call/Transaction Does Not Exist", response.reasonPhrase());
        assertEquals("CANCEL", connector.endpoint.nextRequest(WAIT).orElseThrow().method());
    }

    @Test
    void aResponseSpecThatCannotBeEncodedIsRefusedAndTheApplicationMayAnswerAgain() throws Exception {
        BlockingQueue<SipSendException> refusals = new LinkedBlockingQueue<>();
        connector.endpoint.behave((request, connection) -> {
            try {
                connection.respond(request.transactionKey(),
                        SipResponseSpec.status(200).header("Contact", "<sip:unterminated").build());
            } catch (SipSendException e) {
                refusals.add(e);
            }
            try {
                connection.respond(request.transactionKey(),
                        SipResponseSpec.status(200).header("Call-ID", "mine").build());
            } catch (SipSendException e) {
                refusals.add(e);
            }
            connection.respond(request.transactionKey(), SipResponseSpec.status(202).reason("Taken").build());
        });
        phone.send(phone.request("OPTIONS"));

        TestResponse response = phone.finalResponse(WAIT);
        assertEquals(202, response.statusCode());
        assertEquals("Taken", response.reasonPhrase());
        assertTrue(refusals.poll(5, TimeUnit.SECONDS).getMessage().contains("200"));
        assertTrue(refusals.poll(5, TimeUnit.SECONDS).getMessage().contains("Call-ID"));
    }

    @Test
    void aKeyNamesNothingOnceItsNonInviteTransactionWasAnswered() throws Exception {
        phone.send(phone.request("OPTIONS"));
        phone.finalResponse(WAIT);
        String key = connector.endpoint.nextRequest(WAIT).orElseThrow().transactionKey();

        try (SipConnection connection = connector.connections.getConnection()) {
            SipSendException e = assertThrows(SipSendException.class,
                    () -> connection.respond(key, SipResponseSpec.status(200).build()));
            assertTrue(e.getMessage().contains(key));
            assertThrows(SipSendException.class,
                    () -> connection.respond("no-such-key", SipResponseSpec.status(200).build()));
        }
    }

    @Test
    void aRequestWithoutMaxForwardsIsAnswered400AndNotDelivered() throws Exception {
        TestRequest broken = phone.request("OPTIONS").withoutMaxForwards();
        phone.send(broken);

        TestResponse response = phone.finalResponse(WAIT);
        assertEquals(400, response.statusCode());
        assertTrue(response.reasonPhrase().contains("Max-Forwards"), response.reasonPhrase());
        assertTrue(connector.endpoint.nextRequest(Duration.ofMillis(300)).isEmpty());
    }

    @Test
    void eachEndpointInstanceIsReleased() throws Exception {
        phone.send(phone.request("OPTIONS"));
        phone.finalResponse(WAIT);
        connector.endpoint.nextRequest(WAIT).orElseThrow();

        assertNotEquals(0, connector.endpoint.endpointsCreated());
        assertTrue(connector.endpoint.awaitAllReleased(WAIT));
    }
}
