package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Blind transfers in the call's state machine: REFER from either party, the API, success and failures. */
class CallTransferTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);
    private static final SessionDescription OFFER = new SessionDescription("application/sdp", "v=0 a".getBytes());
    private static final SessionDescription ANSWER = new SessionDescription("application/sdp", "v=0 b".getBytes());
    private static final SessionDescription CAROL = new SessionDescription("application/sdp", "v=0 c".getBytes());
    private static final SessionDescription ALICE_AGAIN = new SessionDescription("application/sdp",
            "v=0 a2".getBytes());

    private final Party alice = new Party("2001", "Alice");
    private final Party bob = new Party("2002", "Bob");
    private final Party carol = new Party("2003", "Carol");

    /** Alice called Bob, who answered; Alice's ACK is in. */
    private Call answeredCall() {
        Call call = new Call("c1", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        call.answered("b", ANSWER, T0);
        call.confirmed("a", SessionDescription.none(), T0);
        return call;
    }

    private static TransferRequest refer(String leg, Party target) {
        return new TransferRequest(target, Optional.of(leg), Optional.of("tx-1"));
    }

    /** Starts Bob's transfer of Alice to Carol, rings Carol's phone (leg "c"). */
    private Call bobTransfersAliceToCarol() {
        Call call = answeredCall();
        assertEquals(List.of(new CallAction.AnswerTransferRequest("tx-1", 202), new CallAction.Unbridge("b"),
                new CallAction.NotifyTransferor("b", 100)), call.startTransfer(refer("b", carol), T1));
        assertEquals(CallState.TRANSFERRING, call.state());
        assertEquals(Optional.of(alice), call.transfer().transferredParty());
        call.addLeg(new CallLeg("c", CallLeg.Role.DESTINATION, carol, "sip:2003@10.0.0.3", false, T1));
        assertEquals(List.of(), call.transferTargetsDialled(List.of("c"), T1));
        return call;
    }

    private static LegState stateOf(Call call, String leg) {
        return call.legs().stream().filter(l -> l.id().equals(leg)).findFirst().orElseThrow().state();
    }

    @Test
    void aBlindTransferByTheCalleeConnectsTheCallerWithTheTarget() {
        Call call = bobTransfersAliceToCarol();
        assertEquals(LegState.TRANSFERRING, stateOf(call, "b"));

        assertEquals(List.of(new CallAction.NotifyTransferor("b", 180)),
                call.progress("c", 180, SessionDescription.none(), T1));
        assertEquals(List.of(), call.progress("c", 180, SessionDescription.none(), T1), "ringing told once");
        assertEquals(List.of(new CallAction.Reoffer("a", CAROL)), call.answered("c", CAROL, T1.plusSeconds(3)),
                "Carol's offer goes to Alice");
        assertEquals(List.of(new CallAction.Bridge("a", "c"), new CallAction.Acknowledge("c", ALICE_AGAIN),
                new CallAction.NotifyTransferor("b", 200), new CallAction.Hangup("b")),
                call.reoffered("a", 200, ALICE_AGAIN, T1.plusSeconds(4)));

        assertEquals(CallState.ANSWERED, call.state());
        assertTrue(call.transfer().lastDone());
        assertEquals("sip:2003@10.0.0.3", call.answeredBy().orElseThrow().device(), "answered by the target now");
        assertEquals(List.of(new CallHop(CallHop.Type.TRANSFER, bob, carol, "blind", T1.plusSeconds(4))),
                call.hops());

        assertEquals(List.of(), call.legEnded("b", false, T1.plusSeconds(5)), "the transferor's BYE ends nothing");
        assertEquals(CallState.ANSWERED, call.state());
        call.legEnded("c", true, T1.plusSeconds(60));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(carol), call.endedBy());
        assertEquals(Optional.of(Disposition.ANSWERED), call.disposition());
    }

    @Test
    void aBlindTransferByTheCallerConnectsTheCalleeWithTheTarget() {
        Call call = answeredCall();
        call.startTransfer(refer("a", carol), T1);
        call.addLeg(new CallLeg("c", CallLeg.Role.DESTINATION, carol, "sip:2003@10.0.0.3", false, T1));
        call.transferTargetsDialled(List.of("c"), T1);
        assertEquals(Optional.of(bob), call.transfer().transferredParty());

        assertEquals(List.of(new CallAction.Reoffer("b", CAROL)), call.answered("c", CAROL, T1));
        assertEquals(List.of(new CallAction.Bridge("b", "c"), new CallAction.Acknowledge("c", ANSWER),
                new CallAction.NotifyTransferor("a", 200), new CallAction.Hangup("a")),
                call.reoffered("b", 200, ANSWER, T1));
        assertEquals(List.of(), call.legEnded("a", false, T1), "the caller handed the call on: it goes on");
        assertEquals(CallState.ANSWERED, call.state());
        call.legEnded("c", true, T1.plusSeconds(9));
        assertEquals(CallState.ENDED, call.state());
    }

    @Test
    void aBusyTargetGivesTheCallBackToTheTransferor() {
        Call call = bobTransfersAliceToCarol();

        assertEquals(List.of(new CallAction.Bridge("b", "a"), new CallAction.NotifyTransferor("b", 486)),
                call.failed("c", 486, T1));

        assertEquals(CallState.ANSWERED, call.state());
        assertEquals(LegState.CONFIRMED, stateOf(call, "b"), "bob may resume");
        assertEquals("sip:2002@10.0.0.2", call.answeredBy().orElseThrow().device());
        assertEquals(List.of(), call.hops());
        call.legEnded("b", true, T1.plusSeconds(20));
        assertEquals(CallState.ENDED, call.state(), "after a failed transfer the call is Alice and Bob's again");
    }

    @Test
    void aTargetThatDoesNotAnswerInTimeIsCancelled() {
        Call call = bobTransfersAliceToCarol();

        assertEquals(List.of(new CallAction.Cancel("c"), new CallAction.Bridge("b", "a"),
                new CallAction.NotifyTransferor("b", 408)), call.ringTimeout(T1.plusSeconds(30)));
        assertEquals(CallState.ANSWERED, call.state());
        assertEquals(List.of(), call.failed("c", 487, T1.plusSeconds(31)), "the cancelled leg's 487 changes nothing");
    }

    @Test
    void anUnknownTargetFailsTheTransfer() {
        Call call = answeredCall();
        call.startTransfer(refer("b", Party.of("9999")), T1);

        assertEquals(List.of(new CallAction.Bridge("b", "a"), new CallAction.NotifyTransferor("b", 404)),
                call.transferRefused(404, T1));
        assertEquals(CallState.ANSWERED, call.state());
        assertTrue(!call.transfer().lastDone());
    }

    @Test
    void whenTheTransferorHasHungUpAFailedTransferEndsTheCall() {
        Call call = bobTransfersAliceToCarol();
        assertEquals(List.of(), call.legEnded("b", true, T1));
        assertEquals(CallState.TRANSFERRING, call.state(), "the transfer goes on without its transferor");

        assertEquals(List.of(new CallAction.Hangup("a")), call.failed("c", 486, T1));
        assertEquals(CallState.ENDED, call.state());
    }

    @Test
    void whenTheTransferorHasHungUpTheTargetIsStillConnected() {
        Call call = bobTransfersAliceToCarol();
        call.legEnded("b", true, T1);
        call.answered("c", CAROL, T1);

        assertEquals(List.of(new CallAction.Bridge("a", "c"), new CallAction.Acknowledge("c", ALICE_AGAIN)),
                call.reoffered("a", 200, ALICE_AGAIN, T1), "nobody left to notify or hang up");
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void whenThePartyBeingTransferredHangsUpEverythingStops() {
        Call call = bobTransfersAliceToCarol();

        assertEquals(List.of(new CallAction.Cancel("c"), new CallAction.NotifyTransferor("b", 487),
                new CallAction.Hangup("b")), call.legEnded("a", true, T1));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(alice), call.endedBy());
    }

    @Test
    void aRemainingPartyRefusingTheNewSessionFailsTheTransfer() {
        Call call = bobTransfersAliceToCarol();
        call.answered("c", CAROL, T1);

        assertEquals(List.of(new CallAction.Hangup("c"), new CallAction.Bridge("b", "a"),
                new CallAction.NotifyTransferor("b", 488)), call.reoffered("a", 488, SessionDescription.none(), T1));
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void aReferBeforeTheAnswerIsRefused() {
        Call call = new Call("c1", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));

        assertEquals(List.of(new CallAction.AnswerTransferRequest("tx-1", 491)),
                call.startTransfer(refer("a", carol), T0));
        assertEquals(CallState.SETUP, call.state());
        assertThrows(IllegalStateException.class, () -> call.startTransfer(new TransferRequest(carol, Optional.empty(), Optional.empty()), T0));
    }

    @Test
    void aSecondReferDuringATransferIsRefused() {
        Call call = bobTransfersAliceToCarol();

        assertEquals(List.of(new CallAction.AnswerTransferRequest("tx-1", 491)),
                call.startTransfer(refer("a", carol), T1));
    }

    @Test
    void theApiHandsTheCallerOnWithoutNotifyingAnyone() {
        Call call = answeredCall();
        TransferRequest api = new TransferRequest(carol, Optional.empty(),
                Optional.empty());

        assertEquals(List.of(new CallAction.Unbridge("b")), call.startTransfer(api, T1));
        call.addLeg(new CallLeg("c", CallLeg.Role.DESTINATION, carol, "sip:2003@10.0.0.3", false, T1));
        call.transferTargetsDialled(List.of("c"), T1);
        call.answered("c", CAROL, T1);
        assertEquals(List.of(new CallAction.Bridge("a", "c"), new CallAction.Acknowledge("c", ALICE_AGAIN),
                new CallAction.Hangup("b")), call.reoffered("a", 200, ALICE_AGAIN, T1));
        assertEquals("api", call.hops().get(0).reason());
    }

    @Test
    void theApiHandsTheCalleeOfAnOutboundCallOn() {
        Call call = new Call("c2", CallDirection.OUTBOUND, alice, Party.of("+33123456789"), Optional.of("carrier"),
                T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("t", CallLeg.Role.DESTINATION, Party.of("+33123456789"), "carrier", true, T0));
        call.answered("t", ANSWER, T0);
        call.confirmed("a", SessionDescription.none(), T0);

        assertEquals(List.of(new CallAction.Unbridge("a")), call.startTransfer(new TransferRequest(carol, Optional.empty(), Optional.empty()), T1));
        assertEquals(Optional.of(Party.of("+33123456789")), call.transfer().transferredParty());
    }

    @Test
    void hangingUpDuringATransferEndsEveryLeg() {
        Call call = bobTransfersAliceToCarol();

        assertEquals(List.of(new CallAction.Hangup("a"), new CallAction.Hangup("b"), new CallAction.Cancel("c")),
                call.hangup(T1));
        assertEquals(CallState.ENDED, call.state());
    }

    /** Bob, holding Alice, called Carol (legs b2 and c2); Carol answered. */
    private Call consultationCall() {
        Call call = new Call("c2", CallDirection.INTERNAL, bob, carol, Optional.empty(), T0);
        call.addLeg(new CallLeg("b2", CallLeg.Role.ORIGIN, bob, "caller", true, T0));
        call.addLeg(new CallLeg("c2", CallLeg.Role.DESTINATION, carol, "sip:2003@10.0.0.3", true, T0));
        call.answered("c2", CAROL, T0);
        call.confirmed("b2", SessionDescription.none(), T0);
        return call;
    }

    private static TransferRequest attended(Party target) {
        return new TransferRequest(TransferRequest.Mode.ATTENDED, target, Optional.of("b"), Optional.of("tx-1"),
                Optional.of("b2"));
    }

    @Test
    void anAttendedTransferConnectsTheHeldPartyWithTheConsultedOne() {
        Call call = answeredCall();
        Call consultation = consultationCall();

        LegView target = consultation.partnerOf("b2").orElseThrow();
        assertEquals("c2", target.id());
        assertEquals(List.of(new CallAction.Unbridge("b2")), consultation.handOver("b2", T1));
        assertEquals(List.of(new CallAction.AnswerTransferRequest("tx-1", 202), new CallAction.Unbridge("b"),
                new CallAction.NotifyTransferor("b", 100), new CallAction.Reoffer("c2", SessionDescription.none())),
                call.startAttendedTransfer(attended(carol), target, T1));
        assertEquals(List.of(new CallAction.Reoffer("a", CAROL)), call.reoffered("c2", 200, CAROL, T1),
                "Carol's new offer goes to Alice");
        assertEquals(List.of(new CallAction.Bridge("a", "c2"), new CallAction.Acknowledge("c2", ALICE_AGAIN),
                new CallAction.NotifyTransferor("b", 200), new CallAction.Hangup("b"), new CallAction.Hangup("b2")),
                call.reoffered("a", 200, ALICE_AGAIN, T1), "Alice's answer to Carol, Bob's two legs hung up");

        assertEquals(CallState.ANSWERED, call.state());
        assertEquals("sip:2003@10.0.0.3", call.answeredBy().orElseThrow().device());
        assertEquals("attended", call.hops().get(0).reason());
        assertEquals(List.of(), consultation.legEnded("b2", false, T1));
        assertEquals(CallState.ENDED, consultation.state(), "the consultation call is over with Bob's leg");
        call.legEnded("b", false, T1);
        assertEquals(CallState.ANSWERED, call.state());
    }

    /** Alice's call and Bob's consultation call with Carol. */
    private record Attended(Call call, Call consultation) {
    }

    /** Bob's REFER with Replaces: the consultation call handed Carol's leg (c2) over to Alice's call. */
    private Attended attendedTransferStarted() {
        Call call = answeredCall();
        Call consultation = consultationCall();
        LegView target = consultation.partnerOf("b2").orElseThrow();
        consultation.handOver("b2", T1);
        call.startAttendedTransfer(attended(carol), target, T1);
        return new Attended(call, consultation);
    }

    @Test
    void aTargetRefusingTheNewSessionGoesBackToTheConsultationAndTheCallBackToTheTransferor() {
        Attended started = attendedTransferStarted();
        Call call = started.call();
        Call consultation = started.consultation();

        assertEquals(List.of(new CallAction.GiveBack("c2", "b2", SessionDescription.none()),
                new CallAction.Bridge("b", "a"), new CallAction.NotifyTransferor("b", 488)),
                call.reoffered("c2", 488, SessionDescription.none(), T1));
        assertEquals(CallState.ANSWERED, call.state());
        assertEquals(LegState.ENDED, stateOf(call, "c2"), "Carol's leg left Alice's call");

        assertEquals(List.of(new CallAction.Bridge("b2", "c2")), consultation.takeBack("c2",
                SessionDescription.none(), T1), "Carol's session never changed: bridging is enough");
        assertEquals(CallState.ANSWERED, consultation.state());
        assertEquals(LegState.CONFIRMED, stateOf(consultation, "b2"));
        consultation.legEnded("c2", true, T1.plusSeconds(5));
        assertEquals(CallState.ENDED, consultation.state(), "the consultation call is Bob and Carol's again");
        assertEquals(Optional.of(carol), consultation.endedBy());
    }

    @Test
    void aRemainingPartyRefusingTheTargetsOfferGivesTheTargetBackWithItsOffer() {
        Attended started = attendedTransferStarted();
        Call call = started.call();
        Call consultation = started.consultation();
        call.reoffered("c2", 200, CAROL, T1);

        assertEquals(List.of(new CallAction.GiveBack("c2", "b2", CAROL), new CallAction.Bridge("b", "a"),
                new CallAction.NotifyTransferor("b", 488)), call.reoffered("a", 488, SessionDescription.none(), T1));
        assertEquals(List.of(new CallAction.Reoffer("b2", CAROL)), consultation.takeBack("c2", CAROL, T1),
                "Carol's new offer waits for an answer: Bob's phone gets it");
        assertEquals(List.of(new CallAction.Bridge("b2", "c2"), new CallAction.Acknowledge("c2", ANSWER)),
                consultation.reoffered("b2", 200, ANSWER, T1));
        assertEquals(CallState.ANSWERED, consultation.state());
    }

    @Test
    void aConsultationCallThatCannotTakeTheTargetBackHangsItUp() {
        Call consultation = consultationCall();

        assertEquals(List.of(new CallAction.Hangup("c2")), consultation.takeBack("c2", SessionDescription.none(),
                T1), "nothing was handed over");
    }

    @Test
    void aConsultationCallRefusedAtOnceIsBridgedAgain() {
        Call consultation = consultationCall();
        consultation.handOver("b2", T1);

        assertEquals(List.of(new CallAction.Bridge("b2", "c2")), consultation.transferRefused(491, T1));
        assertEquals(CallState.ANSWERED, consultation.state());
    }

    @Test
    void anInviteWithReplacesTakesTheNamedLegsPlace() {
        Call call = answeredCall();
        CallLeg newcomer = new CallLeg("n", CallLeg.Role.DESTINATION, carol, "replaces", true, T1);

        assertEquals(List.of(new CallAction.Unbridge("b"), new CallAction.Reoffer("a", CAROL)),
                call.replace("b", newcomer, "tx-n", CAROL, T1));
        assertEquals(CallState.TRANSFERRING, call.state());
        assertEquals(List.of(new CallAction.Bridge("a", "n"), new CallAction.RespondToInvite("n", "tx-n", 200,
                ALICE_AGAIN), new CallAction.Hangup("b")), call.reoffered("a", 200, ALICE_AGAIN, T1));
        assertEquals(List.of(), call.confirmed("n", SessionDescription.none(), T1));
        assertEquals(LegState.CONFIRMED, stateOf(call, "n"));
        assertEquals("replaces", call.answeredBy().orElseThrow().device());
        assertEquals("replaces", call.hops().get(0).reason());

        call.legEnded("b", false, T1);
        assertEquals(CallState.ANSWERED, call.state());
        call.legEnded("n", true, T1.plusSeconds(5));
        assertEquals(CallState.ENDED, call.state());
    }

    @Test
    void anInviteWithReplacesForALegNotConnectedIsRefused() {
        Call call = answeredCall();
        CallLeg newcomer = new CallLeg("n", CallLeg.Role.DESTINATION, carol, "replaces", true, T1);

        assertEquals(List.of(new CallAction.RespondToInvite("n", "tx-n", 481, SessionDescription.none())),
                call.replace("elsewhere", newcomer, "tx-n", CAROL, T1));
        assertEquals(CallState.ANSWERED, call.state());
    }
}
