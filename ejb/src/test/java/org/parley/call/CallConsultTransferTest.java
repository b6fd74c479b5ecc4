package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Attended transfer through the API (consult, then complete or cancel) in the call's state machine: Alice called
 * Bob; the API has Bob consult Carol (3pcc: Carol rung without offer, her offer to Bob by re-INVITE, Bob's answer in
 * Carol's ACK) while Alice waits unbridged; completing gives Alice Carol's new session; cancelling gives Alice back to
 * Bob.
 */
class CallConsultTransferTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);
    private static final Instant T2 = T1.plusSeconds(10);
    private static final SessionDescription ALICE = sdp("a");
    private static final SessionDescription BOB = sdp("b");
    private static final SessionDescription CAROL = sdp("c");
    private static final SessionDescription BOB_TO_CAROL = sdp("b-c");
    private static final SessionDescription CAROL_AGAIN = sdp("c2");
    private static final SessionDescription ALICE_TO_CAROL = sdp("a-c");
    private static final SessionDescription BOB_AGAIN = sdp("b2");
    private static final SessionDescription ALICE_TO_BOB = sdp("a-b");
    private static final SessionDescription ALICE_TO_ENGINE = sdp("a-engine");
    private static final CallAction ALICE_ENDPOINT_CLOSED = new CallAction.ReleaseMedia("a");

    private final Party alice = new Party("2001", "Alice");
    private final Party bob = new Party("2002", "Bob");
    private final Party carol = new Party("2003", "Carol");

    private static SessionDescription sdp(String s) {
        return new SessionDescription("application/sdp", ("v=0 " + s).getBytes());
    }

    /** Alice called Bob, Bob answered; the API starts Bob's consultation of Carol, whose phone (leg c) rings. */
    private Call consultationRinging() {
        Call call = new Call("c1", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        call.answered("b", BOB, T0);
        call.confirmed("a", SessionDescription.none(), T0);

        TransferRequest api = new TransferRequest(TransferRequest.Mode.ATTENDED, carol, Optional.empty(),
                Optional.empty(), Optional.empty());
        assertEquals(List.of(new CallAction.Unbridge("b"), new CallAction.OfferFromEngine("a")),
                call.startTransfer(api, T1), "Bob (the inside party) leaves the bridge; Alice is put on the engine");
        assertEquals(List.of(new CallAction.PlayMusic("a", ALICE_TO_ENGINE, Hold.MUSIC_CLASS)),
                call.reoffered("a", 200, ALICE_TO_ENGINE, T1), "Alice waits with music");
        assertEquals(Optional.of(bob), call.transfer().presentedAs(), "Carol sees Bob calling");
        call.addLeg(new CallLeg("c", CallLeg.Role.DESTINATION, carol, "sip:2003@10.0.0.3", false, T1));
        assertEquals(List.of(), call.transferTargetsDialled(List.of("c"), T1));
        assertEquals(TransferStage.RINGING, stage(call));
        assertTrue(call.transfer().consultationOpen());
        return call;
    }

    /** Carol answers; Bob is given her session. */
    private Call consulting() {
        Call call = consultationRinging();
        assertEquals(List.of(), call.progress("c", 180, SessionDescription.none(), T1), "no NOTIFY: nobody REFERred");
        assertEquals(List.of(new CallAction.Reoffer("b", CAROL)), call.answered("c", CAROL, T1),
                "Carol's offer goes to Bob");
        assertEquals(TransferStage.JOINING, stage(call));
        assertFalse(call.transfer().consultationOpen(), "nothing to complete while Bob is being joined");
        assertEquals(List.of(new CallAction.Acknowledge("c", BOB_TO_CAROL),
                new CallAction.Announce(CallEvent.Type.TRANSFER_CONSULTING)),
                call.reoffered("b", 200, BOB_TO_CAROL, T1), "Bob's answer goes to Carol in the ACK; announced");
        assertEquals(TransferStage.CONSULTING, stage(call));
        assertEquals(CallState.TRANSFERRING, call.state());
        assertEquals(Optional.of("c"), call.transfer().view().orElseThrow().targetLeg());
        return call;
    }

    private static TransferStage stage(Call call) {
        return call.transfer().view().orElseThrow().stage();
    }

    private static LegState stateOf(Call call, String leg) {
        return call.legs().stream().filter(l -> l.id().equals(leg)).findFirst().orElseThrow().state();
    }

    /** Carol's new offer goes to Alice; Alice's answer to Carol; the two are bridged, the transfer recorded. */
    private void aliceMeetsCarol(Call call) {
        assertEquals(TransferStage.COMPLETING, stage(call));
        assertEquals(List.of(new CallAction.Reoffer("a", CAROL_AGAIN)), call.reoffered("c", 200, CAROL_AGAIN, T2));
        assertEquals(List.of(new CallAction.Bridge("a", "c"), new CallAction.Acknowledge("c", ALICE_TO_CAROL),
                ALICE_ENDPOINT_CLOSED), call.reoffered("a", 200, ALICE_TO_CAROL, T2));
        assertEquals(CallState.ANSWERED, call.state());
        assertTrue(call.transfer().lastDone());
        assertEquals("sip:2003@10.0.0.3", call.answeredBy().orElseThrow().device(), "Carol answers the call now");
        assertEquals(List.of(new CallHop(CallHop.Type.TRANSFER, bob, carol, "attended", T2)), call.hops());
        assertEquals(Optional.empty(), call.transfer().view());
    }

    /** Returning: Bob's new offer goes to Alice (off the engine), her answer to Bob; the two are bridged again. */
    private void bobGetsAliceBack(Call call) {
        assertEquals(TransferStage.RETURNING, stage(call));
        assertFalse(call.transfer().consultationOpen());
        assertEquals(List.of(new CallAction.Reoffer("a", BOB_AGAIN)), call.reoffered("b", 200, BOB_AGAIN, T2));
        assertEquals(List.of(ALICE_ENDPOINT_CLOSED, new CallAction.Bridge("b", "a"),
                new CallAction.Acknowledge("b", ALICE_TO_BOB)), call.reoffered("a", 200, ALICE_TO_BOB, T2));
        assertEquals(CallState.ANSWERED, call.state());
        assertFalse(call.transfer().lastDone());
        assertEquals(LegState.CONFIRMED, stateOf(call, "b"));
        assertEquals(List.of(), call.hops());
    }

    @Test
    void completingConnectsTheWaitingPartyWithTheConsultedTarget() {
        Call call = consulting();

        assertEquals(List.of(new CallAction.Hangup("b"), new CallAction.Reoffer("c", SessionDescription.none())),
                call.completeTransfer(T2), "Bob hung up, Carol asked for a new offer");
        assertEquals(List.of(), call.legEnded("b", false, T2));
        aliceMeetsCarol(call);

        call.legEnded("a", true, T2.plusSeconds(60));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(alice), call.endedBy());
    }

    @Test
    void theTransferorHangingUpWhileConsultingCompletesTheTransfer() {
        Call call = consulting();

        assertEquals(List.of(new CallAction.Reoffer("c", SessionDescription.none())), call.legEnded("b", true, T2),
                "like Asterisk's atxfer: Bob's hang-up hands Alice to Carol");
        aliceMeetsCarol(call);
    }

    @Test
    void completingWhileTheTargetRingsMakesItBlind() {
        Call call = consultationRinging();

        assertEquals(List.of(new CallAction.Hangup("b")), call.completeTransfer(T1));
        call.legEnded("b", false, T1);
        assertEquals(List.of(new CallAction.Reoffer("a", CAROL)), call.answered("c", CAROL, T2),
                "Carol's offer goes straight to Alice");
        assertEquals(List.of(new CallAction.Bridge("a", "c"), new CallAction.Acknowledge("c", ALICE_TO_CAROL),
                ALICE_ENDPOINT_CLOSED), call.reoffered("a", 200, ALICE_TO_CAROL, T2));
        assertEquals(CallState.ANSWERED, call.state());
        assertEquals("attended", call.hops().get(0).reason());
    }

    @Test
    void theTransferorHangingUpWhileBeingJoinedHandsTheTargetsOfferToTheWaitingParty() {
        Call call = consultationRinging();
        call.answered("c", CAROL, T1);

        assertEquals(List.of(new CallAction.Reoffer("a", CAROL)), call.legEnded("b", true, T1));
        assertEquals(List.of(new CallAction.Bridge("a", "c"), new CallAction.Acknowledge("c", ALICE_TO_CAROL),
                ALICE_ENDPOINT_CLOSED), call.reoffered("a", 200, ALICE_TO_CAROL, T2));
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void cancellingAConsultationGivesTheWaitingPartyBack() {
        Call call = consulting();

        assertEquals(List.of(new CallAction.Hangup("c"), new CallAction.Reoffer("b", SessionDescription.none())),
                call.cancelTransfer(T2), "Carol hung up, Bob asked for a new offer");
        assertEquals(TransferStage.RETURNING, stage(call));
        assertEquals(List.of(), call.legEnded("c", false, T2), "Carol's end changes nothing now");
        assertEquals(List.of(new CallAction.Reoffer("a", BOB_AGAIN)), call.reoffered("b", 200, BOB_AGAIN, T2));
        assertEquals(List.of(ALICE_ENDPOINT_CLOSED, new CallAction.Bridge("b", "a"),
                new CallAction.Acknowledge("b", ALICE_TO_BOB)), call.reoffered("a", 200, ALICE_TO_BOB, T2));

        assertEquals(CallState.ANSWERED, call.state());
        assertFalse(call.transfer().lastDone());
        assertEquals(LegState.CONFIRMED, stateOf(call, "b"));
        assertEquals("sip:2002@10.0.0.2", call.answeredBy().orElseThrow().device());
        assertEquals(List.of(), call.hops());
        call.legEnded("b", true, T2.plusSeconds(5));
        assertEquals(CallState.ENDED, call.state(), "the call is Alice and Bob's again");
    }

    @Test
    void cancellingWhileTheTargetRingsStopsTheRinging() {
        Call call = consultationRinging();

        assertEquals(List.of(new CallAction.Cancel("c"), new CallAction.Reoffer("b", SessionDescription.none())),
                call.cancelTransfer(T1), "Bob asked for a new offer, for Alice (RFC 3725)");
        bobGetsAliceBack(call);
        assertEquals(Optional.of(487), call.legs().get(2).finalStatus());
        assertEquals(List.of(), call.failed("c", 487, T1));
    }

    @Test
    void aBusyTargetGivesTheWaitingPartyBack() {
        Call call = consultationRinging();

        assertEquals(List.of(new CallAction.Reoffer("b", SessionDescription.none())), call.failed("c", 486, T1),
                "no NOTIFY; Alice is on the engine: Bob is asked for a new offer, for her");
        bobGetsAliceBack(call);
        assertFalse(call.transfer().lastDone());
        assertEquals(LegState.CONFIRMED, stateOf(call, "b"));
    }

    @Test
    void aTargetThatDoesNotAnswerGivesTheWaitingPartyBack() {
        Call call = consultationRinging();

        assertEquals(List.of(new CallAction.Cancel("c"), new CallAction.Reoffer("b", SessionDescription.none())),
                call.ringTimeout(T1.plusSeconds(30)));
        bobGetsAliceBack(call);
        assertFalse(call.transfer().consultationOpen());
    }

    @Test
    void aConsultedTargetHangingUpGivesTheWaitingPartyBack() {
        Call call = consulting();

        assertEquals(List.of(new CallAction.Reoffer("b", SessionDescription.none())), call.legEnded("c", true, T2));
        call.reoffered("b", 200, BOB_AGAIN, T2);
        assertEquals(List.of(ALICE_ENDPOINT_CLOSED, new CallAction.Bridge("b", "a"),
                new CallAction.Acknowledge("b", ALICE_TO_BOB)), call.reoffered("a", 200, ALICE_TO_BOB, T2));
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void aTransferorRefusingTheTargetsSessionGetsTheWaitingPartyBack() {
        Call call = consultationRinging();
        call.answered("c", CAROL, T1);

        assertEquals(List.of(new CallAction.Hangup("c"), new CallAction.Reoffer("b", SessionDescription.none())),
                call.reoffered("b", 488, SessionDescription.none(), T1));
        bobGetsAliceBack(call);
    }

    @Test
    void theWaitingPartyHangingUpWhileConsultingLeavesTheTransferorWithTheTarget() {
        Call call = consulting();

        assertEquals(List.of(ALICE_ENDPOINT_CLOSED, new CallAction.Bridge("b", "c")), call.legEnded("a", true, T2),
                "Bob and Carol are bridged: their requests relayed, a BYE from one ends the other's leg");
        assertEquals(CallState.ANSWERED, call.state(), "the call goes on between Bob and Carol");
        assertFalse(call.transfer().lastDone(), "nobody was handed on");
        assertEquals(Optional.empty(), call.transfer().view());
        assertEquals(LegState.CONFIRMED, stateOf(call, "b"));
        assertEquals(LegState.ANSWERED, stateOf(call, "c"));
        assertEquals("sip:2002@10.0.0.2", call.answeredBy().orElseThrow().device(), "Bob answered the call");
        assertEquals(List.of(), call.hops(), "no transfer hop: it never completed");

        assertEquals(List.of(), call.legEnded("c", true, T2.plusSeconds(60)));
        assertEquals(List.of(), call.legEndedByPartner("b", T2.plusSeconds(60)));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(carol), call.endedBy(), "Carol ended the call");
        assertEquals(Optional.of(Disposition.ANSWERED), call.disposition());
    }

    @Test
    void theTransferorMayEndTheKeptConsultation() {
        Call call = consulting();
        call.legEnded("a", true, T2);

        assertEquals(List.of(), call.legEndedByPartner("c", T2.plusSeconds(5)),
                "Carol's leg hung up because Bob's BYE was relayed, reported first");
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(bob), call.endedBy());
        assertEquals(List.of(), call.legEnded("b", true, T2.plusSeconds(5)));
    }

    @Test
    void theWaitingCalleeHangingUpLeavesTheCallerWithTheTarget() {
        // an outbound call: the API's inside party is the caller (Alice), the outside party the callee (Bob)
        Call call = new Call("c2", CallDirection.OUTBOUND, alice, bob, Optional.of("carrier"), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, bob, "carrier", true, T0));
        call.answered("b", BOB, T0);
        call.confirmed("a", SessionDescription.none(), T0);
        call.startTransfer(new TransferRequest(TransferRequest.Mode.ATTENDED, carol, Optional.empty(),
                Optional.empty(), Optional.empty()), T1);
        call.addLeg(new CallLeg("c", CallLeg.Role.DESTINATION, carol, "sip:2003@10.0.0.3", false, T1));
        call.transferTargetsDialled(List.of("c"), T1);
        call.answered("c", CAROL, T1);
        call.reoffered("a", 200, ALICE_TO_CAROL, T1);
        assertEquals(TransferStage.CONSULTING, stage(call));

        assertEquals(List.of(new CallAction.ReleaseMedia("b"), new CallAction.Bridge("a", "c")),
                call.legEnded("b", true, T2), "Bob's endpoint (offered for the music, not answered yet) is closed");
        assertEquals(CallState.ANSWERED, call.state());
        assertEquals("carrier", call.answeredBy().orElseThrow().device(), "Bob still answered the call");
        assertTrue(call.canTransfer(), "Alice and Carol's call may be handed on in its turn");
        assertEquals(List.of(), call.legEnded("a", true, T2.plusSeconds(30)));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(alice), call.endedBy());
    }

    @Test
    void theWaitingPartyHangingUpWhileTheTargetRingsLeavesTheTransferorCallingIt() {
        Call call = consultationRinging();

        assertEquals(List.of(ALICE_ENDPOINT_CLOSED), call.legEnded("a", true, T1), "Carol keeps ringing, Bob stays on");
        assertEquals(CallState.TRANSFERRING, call.state());
        assertFalse(call.transfer().consultationOpen(), "nobody left to hand on, nobody to give back");
        assertEquals(List.of(new CallAction.Reoffer("b", CAROL)), call.answered("c", CAROL, T2));
        assertEquals(List.of(new CallAction.Bridge("b", "c"), new CallAction.Acknowledge("c", BOB_TO_CAROL)),
                call.reoffered("b", 200, BOB_TO_CAROL, T2), "no consultation to announce: Bob and Carol just talk");
        assertEquals(CallState.ANSWERED, call.state());
        assertFalse(call.transfer().lastDone());
        assertEquals(List.of(), call.hops());
        assertEquals("sip:2002@10.0.0.2", call.answeredBy().orElseThrow().device());

        call.legEnded("b", true, T2.plusSeconds(20));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(bob), call.endedBy());
    }

    @Test
    void theWaitingPartyHangingUpWhileTheTransferorIsJoinedLeavesItWithTheTarget() {
        Call call = consultationRinging();
        call.answered("c", CAROL, T1);

        assertEquals(List.of(ALICE_ENDPOINT_CLOSED), call.legEnded("a", true, T1));
        assertEquals(List.of(new CallAction.Bridge("b", "c"), new CallAction.Acknowledge("c", BOB_TO_CAROL)),
                call.reoffered("b", 200, BOB_TO_CAROL, T1));
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void aTargetThatFailsAfterTheWaitingPartyLeftEndsTheCall() {
        Call busy = consultationRinging();
        busy.legEnded("a", true, T1);
        assertEquals(List.of(new CallAction.Hangup("b")), busy.failed("c", 486, T1),
                "nobody to give Bob back to");
        assertEquals(CallState.ENDED, busy.state());
        assertEquals(Optional.of(alice), busy.endedBy(), "Alice's hang-up was the last of a device");

        Call silent = consultationRinging();
        silent.legEnded("a", true, T1);
        assertEquals(List.of(new CallAction.Cancel("c"), new CallAction.Hangup("b")),
                silent.ringTimeout(T1.plusSeconds(30)));
        assertEquals(CallState.ENDED, silent.state());
    }

    @Test
    void theTransferorHangingUpAfterTheWaitingPartyCancelsTheTarget() {
        Call call = consultationRinging();
        call.legEnded("a", true, T1);

        assertEquals(List.of(new CallAction.Cancel("c")), call.legEnded("b", true, T1));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(bob), call.endedBy());
    }

    @Test
    void theWaitingPartyHangingUpOnceCompletingEndsEverything() {
        Call call = consulting();
        call.completeTransfer(T2);
        call.legEnded("b", false, T2);

        assertEquals(List.of(new CallAction.Hangup("c")), call.legEnded("a", true, T2),
                "Bob is gone already: nobody left for Carol");
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(alice), call.endedBy());
    }

    @Test
    void onlyAnOpenConsultationCanBeCompletedOrCancelled() {
        Call call = consulting();
        call.completeTransfer(T2);

        assertFalse(call.transfer().consultationOpen());
        assertThrows(IllegalStateException.class, () -> call.completeTransfer(T2));
        assertThrows(IllegalStateException.class, () -> call.cancelTransfer(T2));
    }

    /** Alice called Bob; the API starts Bob's consultation of Carol; Alice has not answered the engine's offer yet. */
    private Call consultationStarted() {
        Call call = new Call("c3", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        call.answered("b", BOB, T0);
        call.confirmed("a", SessionDescription.none(), T0);
        call.startTransfer(new TransferRequest(TransferRequest.Mode.ATTENDED, carol, Optional.empty(),
                Optional.empty(), Optional.empty()), T1);
        call.addLeg(new CallLeg("c", CallLeg.Role.DESTINATION, carol, "sip:2003@10.0.0.3", false, T1));
        call.transferTargetsDialled(List.of("c"), T1);
        return call;
    }

    @Test
    void aWaitingPartyRefusingTheMusicIsSimplyBridgedBackWhenTheTargetFails() {
        Call call = consultationStarted();

        assertEquals(List.of(ALICE_ENDPOINT_CLOSED), call.reoffered("a", 488, SessionDescription.none(), T1),
                "Alice keeps her session with Bob: silence, as before music");
        assertEquals(List.of(new CallAction.Bridge("b", "a")), call.failed("c", 486, T1),
                "nobody's session changed: bridging is enough");
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void anOfferForTheWaitingPartyWaitsForItsAnswerToTheMusic() {
        Call call = consultationStarted();

        assertEquals(List.of(new CallAction.Reoffer("b", SessionDescription.none())), call.failed("c", 486, T1));
        assertEquals(List.of(), call.reoffered("b", 200, BOB_AGAIN, T2),
                "Alice's re-INVITE onto the engine is still under way (RFC 3261 §14.1): Bob's offer waits");
        assertEquals(List.of(ALICE_ENDPOINT_CLOSED, new CallAction.Reoffer("a", BOB_AGAIN)),
                call.reoffered("a", 200, ALICE_TO_ENGINE, T2), "no music: Bob's offer goes to her at once");
        assertEquals(List.of(new CallAction.Bridge("b", "a"), new CallAction.Acknowledge("b", ALICE_TO_BOB)),
                call.reoffered("a", 200, ALICE_TO_BOB, T2));
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void aTransferorHangingUpWhileItsTargetRingsLeavesTheWaitingPartyWithMusicUntilTheTargetAnswers() {
        Call call = consultationRinging();

        assertEquals(List.of(), call.legEnded("b", true, T1), "blind from now on");
        assertEquals(List.of(new CallAction.Reoffer("a", CAROL)), call.answered("c", CAROL, T2));
        assertEquals(List.of(new CallAction.Bridge("a", "c"), new CallAction.Acknowledge("c", ALICE_TO_CAROL),
                ALICE_ENDPOINT_CLOSED), call.reoffered("a", 200, ALICE_TO_CAROL, T2));
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void aHeldCallsEndpointsAreLetGoBeforeTheWaitingPartyIsOfferedTheMusic() {
        Call call = new Call("c4", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        call.answered("b", BOB, T0);
        call.confirmed("a", SessionDescription.none(), T0);
        SessionDescription hold = new SessionDescription("application/sdp",
                "v=0\r\nc=IN IP4 10.0.0.2\r\nm=audio 42000 RTP/AVP 0\r\na=sendonly\r\n".getBytes());
        call.sessionOffered("b", "tx-hold", hold, leg -> false);
        call.reoffered("a", 200, ALICE_TO_ENGINE, T0);
        assertTrue(call.held());

        assertEquals(List.of(new CallAction.ReleaseMedia("b"), new CallAction.ReleaseMedia("a"),
                new CallAction.Unbridge("b"), new CallAction.OfferFromEngine("a")),
                call.startTransfer(new TransferRequest(TransferRequest.Mode.ATTENDED, carol, Optional.empty(),
                        Optional.empty(), Optional.empty()), T1),
                "the hold's endpoints closed first, then Alice offered one of her own for the transfer's music");
    }
}
