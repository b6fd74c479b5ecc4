package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/** A phone calls Parley: the incoming leg is answered, confirmed, cancelled, timed out and ended. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncomingCallTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String OFFER = Sdp.of("alice", 4000);
    private static final String ANSWER = Sdp.of("parley", 5000);

    private ConnectorFixture connector;
    private TestPhone alice;

    @BeforeAll
    void startConnector() throws Exception {
        connector = ConnectorFixture.startFast((request, connection) -> { });
    }

    @AfterAll
    void stopConnector() {
        connector.close();
    }

    @BeforeEach
    void newPhone() throws Exception {
        alice = connector.phone("alice");
        connector.endpoint.forget();
        connector.endpoint.behave((request, connection) -> { });
        connector.endpoint.onLegEvents((event, connection) -> { });
    }

    @AfterEach
    void closePhone() {
        connector.awaitNothingHeld(WAIT);
        alice.close();
    }

    /** The application rings and answers at once, with an SDP answer. */
    private static void ringAndAnswer(SipRequest request, SipConnection connection) {
        if (request.method().equals("INVITE")) {
            connection.respond(request.transactionKey(), SipResponseSpec.status(180).build());
            connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                    .body("application/sdp", ANSWER).build());
        }
    }

    @Test
    void anAnsweredInviteIsConfirmedByItsAckAndEndedByTheCallersBye() throws Exception {
        connector.endpoint.behave(IncomingCallTest::ringAndAnswer);
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(OFFER);

        alice.response(100, "INVITE", WAIT);
        SipText ringing = alice.response(180, "INVITE", WAIT);
        SipText ok = alice.response(200, "INVITE", WAIT);
        assertFalse(ringing.toTag().isEmpty(), "the 180 opens an early dialog");
        assertTrue(ringing.header("Contact").isPresent(), "with the connector's Contact");
        assertEquals(ringing.toTag(), ok.toTag(), "one dialog: the 2xx keeps the 180's tag");
        assertTrue(ok.header("Contact").orElseThrow().contains("127.0.0.1:" + connector.port),
                "the connector's Contact is added: " + ok.header("Contact"));
        assertEquals(ANSWER, ok.body());

        call.established(ok).ackInvite(null);
        SipRequest invite = connector.endpoint.nextRequest(WAIT).orElseThrow();
        String leg = invite.legId().orElseThrow();
        assertEquals(OFFER, new String(invite.body()));
        assertEquals(new LegEvent.Confirmed(leg, SipBody.empty()),
                connector.endpoint.legEvents().await(e -> e.legId().equals(leg), WAIT));
        assertEquals(1, connector.occupancy().legs());

        call.send("BYE", null);
        alice.response(200, "BYE", WAIT);
        assertEquals(new LegEvent.Ended(leg, EndCause.REMOTE_HANGUP), connector.endpoint.legEvents()
                .await(e -> e instanceof LegEvent.Ended, WAIT));
        assertEquals(2, connector.endpoint.legEvents().matching(e -> e.legId().equals(leg)).size());
    }

    @Test
    void aLateOfferAnswerInTheAckIsReportedWithTheConfirmation() throws Exception {
        connector.endpoint.behave((request, connection) -> connection.respond(request.transactionKey(),
                SipResponseSpec.status(200).body("application/sdp", ANSWER).build()));
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(null);
        call.established(alice.response(200, "INVITE", WAIT)).ackInvite(OFFER);

        LegEvent.Confirmed confirmed = (LegEvent.Confirmed) connector.endpoint.legEvents()
                .await(e -> e instanceof LegEvent.Confirmed, WAIT);
        assertEquals(SipBody.sdp(OFFER), confirmed.body());
        hangUp(call);
    }

    @Test
    void withoutAnAckThe2xxIsRetransmittedThenTheLegEndsWithBye() throws Exception {
        connector.endpoint.behave((request, connection) -> connection.respond(request.transactionKey(),
                SipResponseSpec.status(200).body("application/sdp", ANSWER).build()));
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(OFFER);
        SipText ok = alice.response(200, "INVITE", WAIT);

        SipText bye = alice.request("BYE", WAIT);
        assertTrue(alice.retransmittedResponses() >= 3, "2xx retransmitted at T1, 2T1, 4T1 …: "
                + alice.retransmittedResponses());
        assertEquals(ok.toTag(), bye.fromTag(), "the BYE is in the dialog the 2xx opened");
        assertEquals(call.localTag, bye.toTag());
        assertEquals(alice.uri(), bye.requestUri(), "sent to the caller's Contact");
        alice.respond(bye, 200, "OK", null);

        String leg = connector.endpoint.nextRequest(WAIT).orElseThrow().legId().orElseThrow();
        assertEquals(new LegEvent.Ended(leg, EndCause.ACK_TIMEOUT),
                connector.endpoint.legEvents().await(e -> e.legId().equals(leg), WAIT));
    }

    @Test
    void aCallersCancelIsAnswered200TheInvite487AndTheLegReportedCancelled() throws Exception {
        BlockingQueue<SipRequest> invites = new LinkedBlockingQueue<>();
        connector.endpoint.behave((request, connection) -> {
            connection.respond(request.transactionKey(), SipResponseSpec.status(180).build());
            invites.add(request);
        });
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(OFFER);
        alice.response(180, "INVITE", WAIT);

        call.cancel();
        alice.response(200, "CANCEL", WAIT);
        SipText terminated = alice.response(487, "INVITE", WAIT);
        call.ackFailure(terminated);

        SipRequest invite = invites.poll(5, TimeUnit.SECONDS);
        String leg = invite.legId().orElseThrow();
        assertEquals(new LegEvent.Cancelled(leg), connector.endpoint.legEvents().await(e -> true, WAIT));
        try (SipConnection connection = connector.connections.getConnection()) {
            assertThrows(SipSendException.class, () -> connection.respond(invite.transactionKey(),
                    SipResponseSpec.status(200).build()), "a cancelled INVITE cannot be answered any more");
        }
    }

    @Test
    void hangingUpAnUnansweredIncomingLegAnswers480() throws Exception {
        connector.endpoint.behave((request, connection) -> connection.hangup(request.legId().orElseThrow()));
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(OFFER);

        SipText unavailable = alice.response(480, "INVITE", WAIT);
        call.ackFailure(unavailable);
        assertEquals("Temporarily Unavailable", unavailable.startLine().substring(12));
        assertFalse(alice.receives(m -> m.status() != 100, Duration.ofMillis(200)), "nothing else");
        assertTrue(connector.endpoint.legEvents().all().isEmpty(), "Parley hung up: no event for it");
    }

    @Test
    void aConfirmedLegWithoutPartnerAnswersInfoRefusesReInviteAndHangsUpOnRequest() throws Exception {
        connector.endpoint.behave(IncomingCallTest::ringAndAnswer);
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(OFFER);
        call.established(alice.response(200, "INVITE", WAIT)).ackInvite(null);
        String leg = connector.endpoint.nextRequest(WAIT).orElseThrow().legId().orElseThrow();
        connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Confirmed, WAIT);

        call.send("INFO", "Signal=5\r\nDuration=160\r\n", "Content-Type: application/dtmf-relay");
        alice.response(200, "INFO", WAIT);
        call.send("INVITE", Sdp.of("alice", 4000, "sendonly"));
        SipText refused = alice.response(488, "INVITE", WAIT);
        call.ackFailure(refused);
        long stale = call.cseq - 1;
        call.cseq = stale;
        call.send("INFO", null);
        alice.response(500, "INFO", WAIT);

        try (SipConnection connection = connector.connections.getConnection()) {
            connection.hangup(leg);
        }
        SipText bye = alice.request("BYE", WAIT);
        alice.respond(bye, 200, "OK", null);
        assertEquals(new LegEvent.Ended(leg, EndCause.LOCAL_HANGUP),
                connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Ended, WAIT));
        assertTrue(connector.endpoint.nextRequest(Duration.ofMillis(100)).isEmpty(),
                "INFO, re-INVITE and BYE stayed in the connector");
    }

    @Test
    void aByeOnTheEarlyDialogCancelsTheCall() throws Exception {
        connector.endpoint.behave((request, connection) ->
                connection.respond(request.transactionKey(), SipResponseSpec.status(180).build()));
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(OFFER);
        call.established(alice.response(180, "INVITE", WAIT));
        call.target = connector.uri();

        call.send("BYE", null);
        alice.response(200, "BYE", WAIT);
        call.ackFailure(alice.response(487, "INVITE", WAIT));
        assertTrue(connector.endpoint.legEvents().await(e -> true, WAIT) instanceof LegEvent.Cancelled);
    }

    /** Hangs up from the phone and waits for the leg's end. */
    private void hangUp(TestPhone.Dialog call) throws Exception {
        call.send("BYE", null);
        alice.response(200, "BYE", WAIT);
        connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Ended, WAIT);
    }
}
