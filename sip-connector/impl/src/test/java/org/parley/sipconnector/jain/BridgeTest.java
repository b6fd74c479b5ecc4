package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipTarget;

/**
 * Alice calls Bob through Parley (a {@link TestB2bua} plays the application): once bridged, what either phone sends
 * within its dialog reaches the other through the connector alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BridgeTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ALICE_SDP = Sdp.of("alice", 4000);
    private static final String BOB_SDP = Sdp.of("bob", 6000);

    private ConnectorFixture connector;
    private TestPhone alice;
    private TestPhone bob;
    private TestB2bua application;

    /** The call as the phones see it once bridged. */
    private TestPhone.Dialog aliceCall;
    private TestPhone.Dialog bobCall;
    private TestB2bua.Call call;

    @BeforeAll
    void startConnector() throws Exception {
        connector = ConnectorFixture.startFast((request, connection) -> { });
    }

    @AfterAll
    void stopConnector() {
        connector.close();
    }

    @BeforeEach
    void bridgedCall() throws Exception {
        alice = connector.phone("alice");
        bob = connector.phone("bob");
        connector.endpoint.forget();
        application = new TestB2bua(request -> OutboundInvite.to("sip:bob@127.0.0.1")
                .target(new SipTarget("UDP", "127.0.0.1", bob.port())));
        application.install(connector.endpoint);

        aliceCall = alice.call(connector.uri());
        aliceCall.invite(ALICE_SDP);
        SipText invite = bob.request("INVITE", WAIT);
        assertEquals(ALICE_SDP, invite.body());
        assertEquals("69", invite.need("Max-Forwards"), "the application took one hop off");
        bob.respond(invite, 180, "Ringing", null);
        alice.response(180, "INVITE", WAIT);
        bob.respond(invite, 200, "OK", BOB_SDP);
        bob.request("ACK", WAIT);
        bobCall = bob.answering(invite);
        SipText ok = alice.response(200, "INVITE", WAIT);
        assertEquals(BOB_SDP, ok.body());
        aliceCall.established(ok).ackInvite(null);
        call = application.awaitBridged(aliceCall.callId, WAIT);
        assertEquals(1, connector.occupancy().bridges());
    }

    @AfterEach
    void closePhones() {
        connector.awaitNothingHeld(WAIT);
        alice.close();
        bob.close();
    }

    private LegEvent ended(String leg) throws InterruptedException {
        return connector.endpoint.legEvents().await(e -> e.legId().equals(leg) && e instanceof LegEvent.Ended, WAIT);
    }

    @Test
    void aCallersByeIsAnsweredAndRelayedToTheCallee() throws Exception {
        aliceCall.send("BYE", null);
        alice.response(200, "BYE", WAIT);
        SipText bye = bob.request("BYE", WAIT);
        assertEquals(bobCall.remoteTag, bye.fromTag(), "in Bob's own dialog");
        assertEquals(bobCall.localTag, bye.toTag());
        bob.respond(bye, 200, "OK", null);

        assertEquals(new LegEvent.Ended(call.callerLeg, EndCause.REMOTE_HANGUP), ended(call.callerLeg));
        assertEquals(new LegEvent.Ended(call.calleeLeg, EndCause.PARTNER_HANGUP), ended(call.calleeLeg));
        assertEquals(java.util.List.of("INVITE"), connector.endpoint.drainMethods(),
                "only the caller's INVITE reached the application, not its BYE");
    }

    @Test
    void aCalleesByeIsRelayedToTheCaller() throws Exception {
        bobCall.send("BYE", null);
        bob.response(200, "BYE", WAIT);
        SipText bye = alice.request("BYE", WAIT);
        assertEquals(aliceCall.localTag, bye.toTag());
        assertEquals(alice.uri(), bye.requestUri());
        alice.respond(bye, 200, "OK", null);

        assertEquals(new LegEvent.Ended(call.calleeLeg, EndCause.REMOTE_HANGUP), ended(call.calleeLeg));
        assertEquals(new LegEvent.Ended(call.callerLeg, EndCause.PARTNER_HANGUP), ended(call.callerLeg));
    }

    @Test
    void newSessionsAreRelayedBothWaysWithTheirBodiesAndAcks() throws Exception {
        String aliceMoved = Sdp.of("alice", 4100);
        String bobAgain = Sdp.of("bob", 6000);
        long reInvite = aliceCall.send("INVITE", aliceMoved);
        SipText relayed = bob.request("INVITE", WAIT);
        assertEquals(aliceMoved, relayed.body());
        assertEquals(bobCall.localTag, relayed.toTag(), "on Bob's dialog");
        bob.respond(relayed, 200, "OK", bobAgain);
        SipText ok = alice.response(200, "INVITE", WAIT);
        assertEquals(bobAgain, ok.body());
        assertEquals(reInvite, ok.cseq());
        assertFalse(bob.receives(m -> m.method().equals("ACK"), Duration.ofMillis(100)), "Bob's ACK waits for Alice's");
        aliceCall.ack(reInvite, null);
        SipText ack = bob.request("ACK", WAIT);
        assertEquals(relayed.cseq(), ack.cseq());
        assertEquals(SipBody.sdp(aliceMoved), ((LegEvent.Modified) connector.endpoint.legEvents()
                .await(e -> e instanceof LegEvent.Modified, WAIT)).body());

        String bobMoved = Sdp.of("bob", 6100, "sendrecv");
        long bobReInvite = bobCall.send("INVITE", bobMoved);
        SipText toAlice = alice.request("INVITE", WAIT);
        assertEquals(bobMoved, toAlice.body());
        assertEquals(aliceCall.localTag, toAlice.toTag());
        alice.respond(toAlice, 200, "OK", ALICE_SDP);
        assertEquals(ALICE_SDP, bob.response(200, "INVITE", WAIT).body());
        bobCall.ack(bobReInvite, null);
        assertEquals(toAlice.cseq(), alice.request("ACK", WAIT).cseq());
        LegEvent.Modified resumed = (LegEvent.Modified) connector.endpoint.legEvents()
                .await(e -> e instanceof LegEvent.Modified && e.legId().equals(call.calleeLeg), WAIT);
        assertEquals(SipBody.sdp(bobMoved), resumed.body());

        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void aHoldReInviteGoesToTheApplicationWhichAnswersItAndTakesTheBridgesOffersUntilItBridgesAgain()
            throws Exception {
        connector.endpoint.forget();
        connector.endpoint.behave((request, connection) -> { });
        String parleyHeld = Sdp.of("parley", 20000, "recvonly");
        long hold = aliceCall.send("INVITE", Sdp.of("alice", 4000, "sendonly"));
        SipRequest delivered = connector.endpoint.nextRequest("INVITE", WAIT);
        assertEquals(call.callerLeg, delivered.legId().orElseThrow());
        assertEquals(Sdp.of("alice", 4000, "sendonly"), new String(delivered.body(), StandardCharsets.UTF_8));
        assertFalse(bob.receives(m -> m.isRequest() && m.method().equals("INVITE"), Duration.ofMillis(100)),
                "the hold is not relayed to Bob");
        try (var connection = connector.connections.getConnection()) {
            connection.respond(delivered.transactionKey(),
                    SipResponseSpec.status(200).body("application/sdp", parleyHeld.getBytes(StandardCharsets.UTF_8))
                            .build());
        }
        SipText ok = alice.response(200, "INVITE", WAIT);
        assertEquals(parleyHeld, ok.body());
        assertEquals(hold, ok.cseq());
        assertFalse(ok.need("Contact").isEmpty(), "a 2xx to a re-INVITE has a Contact");
        assertTrue(alice.receives(m -> !m.isRequest() && m.method().equals("INVITE"), Duration.ofSeconds(2)),
                "the 2xx is resent until its ACK");
        aliceCall.ack(hold, null);

        // Bob's offer while held goes to the application too (it anchored Bob's media), not to Alice
        bobCall.send("INVITE", Sdp.of("bob", 6000, "sendrecv"));
        SipRequest fromBob = connector.endpoint.nextRequest("INVITE", WAIT);
        assertEquals(call.calleeLeg, fromBob.legId().orElseThrow());
        try (var connection = connector.connections.getConnection()) {
            connection.respond(fromBob.transactionKey(), SipResponseSpec.status(491).build());
        }
        bobCall.ackFailure(bob.response(491, "INVITE", WAIT));
        assertFalse(alice.receives(m -> m.isRequest() && m.method().equals("INVITE"), Duration.ofMillis(100)));

        // once the application bridged the two again, a new session is relayed as before
        try (var connection = connector.connections.getConnection()) {
            connection.bridge(call.callerLeg, call.calleeLeg);
        }
        long moved = aliceCall.send("INVITE", Sdp.of("alice", 4100));
        SipText relayed = bob.request("INVITE", WAIT);
        assertEquals(Sdp.of("alice", 4100), relayed.body());
        bob.respond(relayed, 200, "OK", BOB_SDP);
        alice.response(200, "INVITE", WAIT);
        aliceCall.ack(moved, null);
        bob.request("ACK", WAIT);

        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void aHeldLegWhoseAnswerIsNeverAcknowledgedIsHungUp() throws Exception {
        connector.endpoint.forget();
        connector.endpoint.behave((request, connection) -> { });
        aliceCall.send("INVITE", Sdp.of("alice", 4000, "inactive"));
        SipRequest delivered = connector.endpoint.nextRequest("INVITE", WAIT);
        try (var connection = connector.connections.getConnection()) {
            connection.respond(delivered.transactionKey(), SipResponseSpec.status(200)
                    .body("application/sdp", Sdp.of("parley", 20000, "inactive").getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        alice.response(200, "INVITE", WAIT);
        SipText bye = alice.request("BYE", Duration.ofSeconds(20));
        alice.respond(bye, 200, "OK", null);
        assertEquals(new LegEvent.Ended(call.callerLeg, EndCause.ACK_TIMEOUT), ended(call.callerLeg));
        try (var connection = connector.connections.getConnection()) {
            connection.hangup(call.calleeLeg);
        }
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void aReInviteWithoutOfferGetsTheOfferFromTheOtherSideAndItsAnswerRidesTheAcks() throws Exception {
        long reInvite = aliceCall.send("INVITE", null);
        SipText relayed = bob.request("INVITE", WAIT);
        assertEquals("", relayed.body());
        bob.respond(relayed, 200, "OK", BOB_SDP);
        assertEquals(BOB_SDP, alice.response(200, "INVITE", WAIT).body());
        String answer = Sdp.of("alice", 4002);
        aliceCall.ack(reInvite, answer);
        assertEquals(answer, bob.request("ACK", WAIT).body(), "Alice's answer reaches Bob in his ACK");
        assertEquals(SipBody.sdp(answer), ((LegEvent.Modified) connector.endpoint.legEvents()
                .await(e -> e instanceof LegEvent.Modified, WAIT)).body());

        bobCall.send("BYE", null);
        alice.respond(alice.request("BYE", WAIT), 200, "OK", null);
        ended(call.callerLeg);
    }

    @Test
    void infoIsRelayedWithItsAnswer() throws Exception {
        aliceCall.send("INFO", "Signal=5\r\nDuration=160\r\n", "Content-Type: application/dtmf-relay");
        SipText info = bob.request("INFO", WAIT);
        assertEquals("Signal=5\r\nDuration=160\r\n", info.body());
        assertEquals("application/dtmf-relay", info.need("Content-Type"));
        bob.respond(info, 200, "OK", null);
        alice.response(200, "INFO", WAIT);

        bobCall.send("INFO", null, "X-Note: from Bob");
        SipText back = alice.request("INFO", WAIT);
        assertEquals("from Bob", back.need("X-Note"));
        alice.respond(back, 415, "Unsupported Media Type", null);
        bob.response(415, "INFO", WAIT);

        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void referGoesToTheApplicationWithTheLegItCameOn() throws Exception {
        connector.endpoint.behave((request, connection) -> connection.respond(request.transactionKey(),
                SipResponseSpec.status(202).build()));
        aliceCall.send("REFER", null, "Refer-To: <sip:carol@127.0.0.1>", "Referred-By: <sip:alice@127.0.0.1>");
        alice.response(202, "REFER", WAIT);
        SipRequest refer = connector.endpoint.nextRequest("REFER", WAIT);
        assertEquals(call.callerLeg, refer.legId().orElseThrow());
        assertEquals("<sip:carol@127.0.0.1>", refer.header("Refer-To").orElseThrow());
        assertFalse(bob.receives(m -> m.isRequest() && m.method().equals("REFER"), Duration.ofMillis(100)));

        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void aReInviteWhileAnotherIsUnderWayIsRefusedWith491() throws Exception {
        long reInvite = aliceCall.send("INVITE", Sdp.of("alice", 4100));
        SipText relayed = bob.request("INVITE", WAIT);

        long crossing = bobCall.send("INVITE", Sdp.of("bob", 6100));
        SipText pending = bob.response(491, "INVITE", WAIT);
        assertEquals(crossing, pending.cseq());
        bobCall.ackFailure(pending);
        assertFalse(alice.receives(m -> m.isRequest() && m.method().equals("INVITE"), Duration.ofMillis(100)));

        bob.respond(relayed, 200, "OK", Sdp.of("bob", 6000));
        alice.response(200, "INVITE", WAIT);
        aliceCall.ack(reInvite, null);
        bob.request("ACK", WAIT);

        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void hangingUpOneLegLeavesItsPartnerAlone() throws Exception {
        try (var connection = connector.connections.getConnection()) {
            connection.hangup(call.calleeLeg);
        }
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        assertEquals(new LegEvent.Ended(call.calleeLeg, EndCause.LOCAL_HANGUP), ended(call.calleeLeg));
        // the test application hangs the caller up in turn, as Parley's call control would decide
        alice.respond(alice.request("BYE", WAIT), 200, "OK", null);
        assertEquals(new LegEvent.Ended(call.callerLeg, EndCause.LOCAL_HANGUP), ended(call.callerLeg));
    }

    @Test
    void theApplicationNotifiesTheReferrerInItsDialog() throws Exception {
        connector.endpoint.behave((request, connection) -> connection.respond(request.transactionKey(),
                SipResponseSpec.status(202).build()));
        aliceCall.send("REFER", null, "Refer-To: <sip:carol@127.0.0.1>");
        alice.response(202, "REFER", WAIT);
        connector.endpoint.nextRequest("REFER", WAIT);

        try (var connection = connector.connections.getConnection()) {
            connection.sendInDialog(call.callerLeg, "NOTIFY", java.util.List.of(
                    new org.parley.sipconnector.SipHeader("Event", "refer"),
                    new org.parley.sipconnector.SipHeader("Subscription-State", "terminated;reason=noresource")),
                    new SipBody("message/sipfrag;version=2.0", "SIP/2.0 200 OK".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        SipText notify = alice.request("NOTIFY", WAIT);
        assertEquals(aliceCall.callId, notify.need("Call-ID"), "in alice's own dialog");
        assertEquals(aliceCall.localTag, notify.toTag());
        assertEquals("refer", notify.need("Event"));
        assertEquals("terminated;reason=noresource", notify.need("Subscription-State"));
        assertEquals("message/sipfrag;version=2.0", notify.need("Content-Type"));
        assertEquals("SIP/2.0 200 OK", notify.body());
        alice.respond(notify, 200, "OK", null);

        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void aReofferedLegGetsAReInviteAndItsAnswerIsReported() throws Exception {
        String carolSdp = Sdp.of("carol", 8000);
        try (var connection = connector.connections.getConnection()) {
            connection.unbridge(call.callerLeg);
            connection.reoffer(call.calleeLeg, SipBody.sdp(carolSdp));
        }
        assertEquals(0, connector.occupancy().bridges());
        SipText reInvite = bob.request("INVITE", WAIT);
        assertEquals(bobCall.localTag, reInvite.toTag(), "in bob's own dialog");
        assertEquals(carolSdp, reInvite.body());
        bob.respond(reInvite, 200, "OK", Sdp.of("bob", 6002));
        SipText ack = bob.request("ACK", WAIT);
        assertEquals(reInvite.cseq(), ack.cseq());
        LegEvent reoffered = connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Reoffered, WAIT);
        assertEquals(new LegEvent.Reoffered(call.calleeLeg, 200, SipBody.sdp(Sdp.of("bob", 6002))), reoffered);

        try (var connection = connector.connections.getConnection()) {
            connection.hangup(call.callerLeg);
            connection.hangup(call.calleeLeg);
        }
        alice.respond(alice.request("BYE", WAIT), 200, "OK", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
        ended(call.callerLeg);
    }

    @Test
    void aReofferRefusedByTheFarEndIsReportedWithItsStatus() throws Exception {
        try (var connection = connector.connections.getConnection()) {
            connection.reoffer(call.calleeLeg, SipBody.sdp(Sdp.of("carol", 8000)));
        }
        SipText reInvite = bob.request("INVITE", WAIT);
        bob.respond(reInvite, 488, "Not Acceptable Here", null);
        LegEvent reoffered = connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Reoffered, WAIT);
        assertEquals(new LegEvent.Reoffered(call.calleeLeg, 488, SipBody.empty()), reoffered);

        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }

    @Test
    void aReofferWithoutOfferWaitsForTheApplicationsAnswerInTheAck() throws Exception {
        try (var connection = connector.connections.getConnection()) {
            connection.unbridge(call.callerLeg);
            connection.reoffer(call.calleeLeg, SipBody.empty());
        }
        SipText reInvite = bob.request("INVITE", WAIT);
        assertEquals("", reInvite.body(), "a re-INVITE without offer");
        bob.respond(reInvite, 200, "OK", Sdp.of("bob", 6004));
        LegEvent reoffered = connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Reoffered, WAIT);
        assertEquals(new LegEvent.Reoffered(call.calleeLeg, 200, SipBody.sdp(Sdp.of("bob", 6004))), reoffered);
        assertFalse(bob.receives(m -> m.isRequest() && m.method().equals("ACK"), Duration.ofMillis(100)),
                "no ACK before the application's answer");

        try (var connection = connector.connections.getConnection()) {
            connection.acknowledge(call.calleeLeg, SipBody.sdp(Sdp.of("carol", 8002)));
        }
        SipText ack = bob.request("ACK", WAIT);
        assertEquals(Sdp.of("carol", 8002), ack.body(), "the answer in the ACK");

        try (var connection = connector.connections.getConnection()) {
            connection.hangup(call.callerLeg);
            connection.hangup(call.calleeLeg);
        }
        alice.respond(alice.request("BYE", WAIT), 200, "OK", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
        ended(call.callerLeg);
    }

    @Test
    void aLegIsFoundByItsDialogFromEitherSide() throws Exception {
        try (var connection = connector.connections.getConnection()) {
            assertEquals(java.util.Optional.of(call.calleeLeg), connection.legOf(new org.parley.sipconnector.DialogKey(
                    bobCall.callId, bobCall.localTag, bobCall.remoteTag)));
            assertEquals(java.util.Optional.of(call.calleeLeg), connection.legOf(new org.parley.sipconnector.DialogKey(
                    bobCall.callId, bobCall.remoteTag, bobCall.localTag)));
            assertEquals(java.util.Optional.of(call.callerLeg), connection.legOf(new org.parley.sipconnector.DialogKey(
                    aliceCall.callId, aliceCall.localTag, aliceCall.remoteTag)));
            assertEquals(java.util.Optional.empty(), connection.legOf(new org.parley.sipconnector.DialogKey(
                    bobCall.callId, bobCall.localTag, "other")));
        }
        aliceCall.send("BYE", null);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        ended(call.calleeLeg);
    }
}
