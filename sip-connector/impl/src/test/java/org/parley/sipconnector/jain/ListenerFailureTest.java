package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/** What the connector answers when the application fails or forgets to, and what it leaves to the application. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListenerFailureTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private ConnectorFixture connector;
    private UdpSipClient phone;

    @BeforeAll
    void startConnector() throws Exception {
        connector = ConnectorFixture.start((request, connection) -> { });
    }

    @AfterAll
    void stopConnector() throws Exception {
        connector.close();
    }

    @BeforeEach
    void newPhone() throws Exception {
        phone = connector.udpClient();
        connector.endpoint.forget();
        connector.endpoint.behave((request, connection) -> { });
    }

    @AfterEach
    void closePhone() {
        phone.close();
    }

    private TestRequest invite() {
        return phone.request("INVITE").header("Contact: <sip:alice@127.0.0.1:" + phone.port() + ">");
    }

    @Test
    void aListenerThatThrowsGets500() throws Exception {
        connector.endpoint.behave((request, connection) -> {
            throw new IllegalStateException("application bug (expected by this test)");
        });
        phone.send(phone.request("OPTIONS"));

        assertEquals(500, phone.finalResponse(WAIT).statusCode());
        assertTrue(connector.endpoint.awaitAllReleased(WAIT), "the endpoint is released after a failure too");
    }

    @Test
    void aNonInviteLeftUnansweredGets500() throws Exception {
        phone.send(phone.request("OPTIONS"));

        TestResponse response = phone.finalResponse(WAIT);
        assertEquals(500, response.statusCode());
        assertEquals("Server Internal Error", response.reasonPhrase());
    }

    @Test
    void anInviteMayBeAnsweredAfterTheListenerReturned() throws Exception {
        phone.send(invite());
        SipRequest invite = connector.endpoint.nextRequest(WAIT).orElseThrow();
        assertTrue(phone.receive(Duration.ofMillis(400)).map(r -> !r.isFinal()).orElse(true),
                "no final response while the application decides");

        try (SipConnection connection = connector.connections.getConnection()) {
            connection.respond(invite.transactionKey(), SipResponseSpec.status(180).build());
            connection.respond(invite.transactionKey(), SipResponseSpec.status(486).build());
        }
        phone.response(180, WAIT);
        TestResponse busy = phone.finalResponse(WAIT);
        assertEquals(486, busy.statusCode());
        assertEquals("Busy Here", busy.reasonPhrase());
    }

    @Test
    void provisionalAndFinalResponsesOfOneInviteCarryTheSameToTag() throws Exception {
        connector.endpoint.behave((request, connection) -> {
            connection.respond(request.transactionKey(), SipResponseSpec.status(180).build());
            connection.respond(request.transactionKey(), SipResponseSpec.status(603).build());
        });
        phone.send(invite());

        TestResponse ringing = phone.response(180, WAIT);
        TestResponse declined = phone.finalResponse(WAIT);
        assertEquals(603, declined.statusCode());
        assertTrue(ringing.header("To").orElseThrow().contains(";tag="));
        assertEquals(ringing.header("To"), declined.header("To"));
    }

    @Test
    void anInviteWhoseListenerThrowsAfterRingingGets500() throws Exception {
        connector.endpoint.behave((request, connection) -> {
            connection.respond(request.transactionKey(), SipResponseSpec.status(180).build());
            throw new IllegalStateException("application bug after ringing (expected by this test)");
        });
        phone.send(invite());

        assertEquals(500, phone.finalResponse(WAIT).statusCode());
    }

    @Test
    void theAckOfAnAnsweredInviteConfirmsItsLegAndIsNotDeliveredAsARequest() throws Exception {
        connector.endpoint.behave((request, connection) -> {
            if (request.method().equals("INVITE")) {
                connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());
            }
        });
        TestRequest invite = invite();
        phone.send(invite);
        TestResponse ok = phone.finalResponse(WAIT);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.header("Contact").isPresent(), "the connector adds its Contact to a 2xx without one");
        String toTag = ok.header("To").orElseThrow().replaceAll(".*;tag=", "");

        phone.send(phone.request("ACK").callId(invite.callId()).toTag(toTag));

        SipRequest delivered = connector.endpoint.nextRequest(WAIT).orElseThrow();
        assertEquals("INVITE", delivered.method());
        String legId = delivered.legId().orElseThrow();
        assertEquals(new LegEvent.Confirmed(legId, SipBody.empty()),
                connector.endpoint.legEvents().await(e -> e.legId().equals(legId), WAIT));
        assertTrue(connector.endpoint.nextRequest(Duration.ofMillis(300)).isEmpty(), "the ACK is not a request");
        assertTrue(phone.receive(Duration.ofMillis(300)).map(r -> r.statusCode() != 200).orElse(true),
                "the 2xx is not retransmitted once acknowledged");
    }

    @Test
    void anAckMatchingNoLegIsStillDeliveredWithAKeyThatNamesNoTransaction() throws Exception {
        phone.send(phone.request("ACK").toTag("no-such-dialog"));

        SipRequest ack = connector.endpoint.nextRequest(WAIT).orElseThrow();
        assertEquals("ACK", ack.method());
        assertEquals("no-such-dialog", ack.to().tag().orElseThrow());
        assertTrue(ack.legId().isEmpty());
        assertTrue(phone.receive(Duration.ofMillis(300)).isEmpty(), "an ACK is never answered");
    }
}
