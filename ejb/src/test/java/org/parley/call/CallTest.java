package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.platform.state.TransitionTable;

class CallTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final SessionDescription OFFER = new SessionDescription("application/sdp", "v=0 offer".getBytes());
    private static final SessionDescription ANSWER = new SessionDescription("application/sdp", "v=0 answer".getBytes());

    private final Party alice = new Party("2001", "Alice");
    private final Party bob = new Party("2002", "Bob");

    /** Alice calls Bob, who has a desk phone and a softphone. */
    private Call internalCall() {
        Call call = new Call("c1", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("desk", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        call.addLeg(new CallLeg("soft", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.3", true, T0));
        return call;
    }

    @Test
    void theFirstDeviceToAnswerWinsAndTheOtherIsCancelled() {
        Call call = internalCall();

        assertEquals(List.of(new CallAction.RespondToCaller(180, SessionDescription.none())),
                call.progress("desk", 180, SessionDescription.none(), T0));
        assertEquals(List.of(), call.progress("soft", 180, SessionDescription.none(), T0), "180 relayed once");
        assertEquals(CallState.RINGING, call.state());

        List<CallAction> actions = call.answered("soft", ANSWER, T0.plusSeconds(5));

        assertEquals(List.of(new CallAction.Bridge("a", "soft"), new CallAction.RespondToCaller(200, ANSWER),
                new CallAction.Cancel("desk")), actions);
        assertEquals(CallState.ANSWERED, call.state());
        assertEquals("sip:2002@10.0.0.3", call.answeredBy().orElseThrow().device());
        assertEquals(Optional.of(T0.plusSeconds(5)), call.answeredAt());
    }

    @Test
    void aSecondAnswerIsHungUp() {
        Call call = internalCall();
        call.answered("desk", ANSWER, T0);

        assertEquals(List.of(new CallAction.Hangup("soft")), call.answered("soft", ANSWER, T0));
        assertEquals("sip:2002@10.0.0.2", call.answeredBy().orElseThrow().device());
    }

    @Test
    void earlyMediaIsRelayedOnceAs183() {
        Call call = internalCall();

        assertEquals(List.of(new CallAction.RespondToCaller(183, ANSWER)), call.progress("desk", 183, ANSWER, T0));
        assertEquals(List.of(), call.progress("soft", 180, SessionDescription.none(), T0));
    }

    @Test
    void whenEveryDeviceIsBusyTheCallerHearsBusy() {
        Call call = internalCall();
        assertEquals(List.of(), call.failed("desk", 486, T0));

        assertEquals(List.of(new CallAction.RespondToCaller(486, SessionDescription.none())),
                call.failed("soft", 480, T0));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(Disposition.BUSY), call.disposition());
    }

    @Test
    void aDevicesRefusalIsRelayedToTheCaller() {
        Call call = internalCall();
        call.failed("desk", 404, T0);

        assertEquals(List.of(new CallAction.RespondToCaller(488, SessionDescription.none())),
                call.failed("soft", 488, T0));
        assertEquals(Optional.of(Disposition.FAILED), call.disposition());
    }

    @Test
    void aDevicesChallengeIsNotRelayedToTheCaller() {
        for (int challenge : new int[] {401, 407}) {
            Call call = internalCall();
            call.failed("desk", 480, T0);

            assertEquals(List.of(new CallAction.RespondToCaller(480, SessionDescription.none())),
                    call.failed("soft", challenge, T0),
                    "a " + challenge + " concerns Parley's INVITE, not the caller's");
            assertEquals(Optional.of(Disposition.FAILED), call.disposition());
        }
    }

    @Test
    void whenNobodyAnswersInTimeTheDevicesAreCancelledAndTheCallerGets480() {
        Call call = internalCall();
        call.progress("desk", 180, SessionDescription.none(), T0);

        List<CallAction> actions = call.ringTimeout(T0.plusSeconds(30));

        assertEquals(List.of(new CallAction.Cancel("desk"), new CallAction.Cancel("soft"),
                new CallAction.RespondToCaller(480, SessionDescription.none())), actions);
        assertEquals(Optional.of(Disposition.NO_ANSWER), call.disposition());
        assertEquals(List.of(), call.failed("desk", 487, T0.plusSeconds(31)), "the 487 that follows changes nothing");
    }

    @Test
    void aCallerWhoCancelsStopsEveryDevice() {
        Call call = internalCall();

        assertEquals(List.of(new CallAction.Cancel("desk"), new CallAction.Cancel("soft")),
                call.callerCancelled("a", T0));
        assertEquals(Optional.of(Disposition.CANCELLED), call.disposition());
        assertEquals(Optional.of(alice), call.endedBy());
    }

    @Test
    void whoHungUpIsKnownWhicheverLegsEndIsReportedFirst() {
        Call calleeFirst = internalCall();
        calleeFirst.answered("desk", ANSWER, T0);
        calleeFirst.failed("soft", 487, T0);

        // the caller sent BYE; the connector hung the callee up in turn, and that end arrived first
        assertEquals(List.of(), calleeFirst.legEndedByPartner("desk", T0.plusSeconds(60)));
        assertEquals(CallState.ENDED, calleeFirst.state());
        assertEquals(Optional.of(alice), calleeFirst.endedBy());
        assertEquals(List.of(), calleeFirst.legEnded("a", true, T0.plusSeconds(61)));
        assertEquals(Optional.of(alice), calleeFirst.endedBy(), "the caller's own end changes nothing");
        assertEquals(Optional.of(T0.plusSeconds(60)), calleeFirst.endedAt());

        Call callerFirst = internalCall();
        callerFirst.answered("desk", ANSWER, T0);
        callerFirst.failed("soft", 487, T0);
        callerFirst.legEnded("a", true, T0.plusSeconds(60));
        assertEquals(List.of(), callerFirst.legEndedByPartner("desk", T0.plusSeconds(61)));
        assertEquals(Optional.of(alice), callerFirst.endedBy());
    }

    @Test
    void aHangUpFromEitherSideEndsAnAnsweredCall() {
        Call call = internalCall();
        call.answered("desk", ANSWER, T0);
        call.failed("soft", 487, T0);

        assertEquals(List.of(), call.legEnded("desk", true, T0.plusSeconds(60)));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(Disposition.ANSWERED), call.disposition());
        assertEquals(Optional.of(bob), call.endedBy());
        assertEquals(Optional.of(T0.plusSeconds(60)), call.endedAt());
    }

    @Test
    void aLateOfferAnswerIsCarriedToTheDestinationInItsAck() {
        Call call = new Call("c2", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", false, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", false, T0));
        call.answered("b", OFFER, T0);

        assertEquals(List.of(new CallAction.Acknowledge("b", ANSWER)), call.confirmed("a", ANSWER, T0));
    }

    @Test
    void clickToDialRingsTheOriginThenDialsTheDestinationWithItsOffer() {
        Call call = new Call("c3", CallDirection.ORIGINATED, alice, Party.of("+33123456789"), Optional.of("carrier"),
                T0);
        call.addLeg(new CallLeg("o1", CallLeg.Role.ORIGIN, alice, "sip:2001@10.0.0.1", false, T0));
        call.addLeg(new CallLeg("o2", CallLeg.Role.ORIGIN, alice, "sip:2001@10.0.0.9", false, T0));

        assertEquals(List.of(), call.progress("o1", 180, SessionDescription.none(), T0), "nothing to relay");
        assertEquals(List.of(new CallAction.Cancel("o2"), new CallAction.DialDestination(OFFER)),
                call.answered("o1", OFFER, T0));

        call.addLeg(new CallLeg("d", CallLeg.Role.DESTINATION, Party.of("+33123456789"), "carrier:+33123456789",
                true, T0));
        assertEquals(List.of(new CallAction.Bridge("o1", "d"), new CallAction.Acknowledge("o1", ANSWER)),
                call.answered("d", ANSWER, T0.plusSeconds(8)));
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void clickToDialHangsTheOriginUpWhenTheDestinationIsBusy() {
        Call call = new Call("c4", CallDirection.ORIGINATED, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("o", CallLeg.Role.ORIGIN, alice, "sip:2001@10.0.0.1", false, T0));
        call.answered("o", OFFER, T0);
        call.addLeg(new CallLeg("d", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));

        assertEquals(List.of(new CallAction.Hangup("o")), call.failed("d", 486, T0));
        assertEquals(Optional.of(Disposition.BUSY), call.disposition());
    }

    @Test
    void aCallThatCannotBePlacedEndsAtOnceWithItsDisposition() {
        Call call = new Call("c5", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));

        assertEquals(List.of(new CallAction.RespondToCaller(480, SessionDescription.none())), call.refused(480, T0));
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(Disposition.NO_ANSWER), call.disposition());

        Call unknown = new Call("c6", CallDirection.INTERNAL, alice, Party.of("999"), Optional.empty(), T0);
        unknown.addLeg(new CallLeg("a2", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        unknown.refused(404, T0);
        assertEquals(Optional.of(Disposition.FAILED), unknown.disposition());
    }

    @Test
    void aRoundsOutcomeIsItsOwnNotColouredByAnEarlierRound() {
        Call call = new Call("q2", CallDirection.INTERNAL, alice, Party.of("2002"), Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.steer();
        call.startWaiting(T0);
        call.addLeg(new CallLeg("desk", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        assertEquals(List.of(new CallAction.DestinationsExhausted(Disposition.BUSY, 486)),
                call.failed("desk", 486, T0), "busy: a busy forward takes the call to another extension");

        call.addLeg(new CallLeg("forward", CallLeg.Role.DESTINATION, bob, "sip:2003@10.0.0.3", true, T0));
        assertEquals(List.of(new CallAction.DestinationsExhausted(Disposition.NO_ANSWER, 408)),
                call.failed("forward", 408, T0.plusSeconds(30)), "the forward target did not answer: not busy");

        call.unsteer();
        call.addLeg(new CallLeg("last", CallLeg.Role.DESTINATION, bob, "sip:2004@10.0.0.4", true, T0));
        call.failed("last", 480, T0.plusSeconds(60));
        assertEquals(Optional.of(Disposition.NO_ANSWER), call.disposition(), "the last round's outcome");
    }

    @Test
    void aSteeredCallWaitsAndItsSteererHearsWhenWhatItRangFailed() {
        Call call = new Call("q1", CallDirection.INTERNAL, alice, Party.of("8000"), Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.steer();

        assertEquals(List.of(new CallAction.RespondToCaller(180, SessionDescription.none())), call.startWaiting(T0));
        assertEquals(CallState.WAITING, call.state());

        call.addLeg(new CallLeg("agent1", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        assertEquals(List.of(), call.progress("agent1", 180, SessionDescription.none(), T0), "the caller rings already");
        assertEquals(CallState.RINGING, call.state());
        assertEquals(List.of(new CallAction.DestinationsExhausted(Disposition.BUSY, 486)),
                call.failed("agent1", 486, T0));
        assertEquals(CallState.WAITING, call.state(), "the caller still waits");

        call.addLeg(new CallLeg("agent2", CallLeg.Role.DESTINATION, bob, "sip:2003@10.0.0.3", true, T0));
        assertEquals(List.of(new CallAction.Cancel("agent2"),
                new CallAction.DestinationsExhausted(Disposition.NO_ANSWER, 480)),
                call.stopRinging(Disposition.NO_ANSWER, 480, T0));
        assertEquals(List.of(), call.failed("agent2", 487, T0), "its 487 is no second exhaustion");

        call.addLeg(new CallLeg("agent3", CallLeg.Role.DESTINATION, bob, "sip:2004@10.0.0.4", true, T0));
        assertEquals(List.of(new CallAction.Bridge("a", "agent3"), new CallAction.RespondToCaller(200, ANSWER)),
                call.answered("agent3", ANSWER, T0.plusSeconds(20)));
        assertEquals(CallState.ANSWERED, call.state());
    }

    /**
     * A queue's music: Parley's media engine answers the waiting caller with early media; the agents' ringing and
     * early media are not relayed after it, and a refusal is still a final response.
     */
    @Test
    void parleysEarlyMediaIsSentOnceAndNothingOfTheAgentsAfterIt() {
        Call call = new Call("q3", CallDirection.INTERNAL, alice, Party.of("8000"), Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.steer();
        call.startWaiting(T0);

        assertEquals(List.of(new CallAction.RespondToCaller(183, ANSWER)), call.earlyMediaFromParley(ANSWER, T0));
        assertEquals(List.of(), call.earlyMediaFromParley(ANSWER, T0), "once");
        call.addLeg(new CallLeg("agent1", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        assertEquals(List.of(), call.progress("agent1", 183, OFFER, T0), "the agent's early media is not relayed");
        assertEquals(List.of(), call.progress("agent1", 180, SessionDescription.none(), T0));
        assertEquals(CallState.RINGING, call.state());
        assertEquals(List.of(new CallAction.Cancel("agent1"), new CallAction.RespondToCaller(480,
                SessionDescription.none())), call.giveUp(480, T0));
    }

    @Test
    void aSteererGivingUpEndsTheWaitingCall() {
        Call call = new Call("q2", CallDirection.INTERNAL, alice, Party.of("8000"), Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.steer();
        call.startWaiting(T0);

        assertEquals(List.of(new CallAction.RespondToCaller(480, SessionDescription.none())), call.giveUp(480, T0));
        assertEquals(Optional.of(Disposition.NO_ANSWER), call.disposition());
    }

    @Test
    void illegalLegTransitionsAreRefused() {
        CallLeg leg = new CallLeg("x", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0);
        leg.apply(LegState.Trigger.END, T0);

        assertThrows(TransitionTable.IllegalTransition.class, () -> leg.apply(LegState.Trigger.ANSWER, T0));
        assertTrue(leg.isOver());
    }

    @Test
    void anEndedCallTakesNoNewLeg() {
        Call call = internalCall();
        call.hangup(T0);

        assertThrows(IllegalStateException.class,
                () -> call.addLeg(new CallLeg("late", CallLeg.Role.DESTINATION, bob, "x", true, T0)));
    }

    @Test
    void holdIsSeenInTheSessionDescription() {
        Call call = internalCall();
        call.answered("desk", ANSWER, T0);
        SessionDescription hold = new SessionDescription("application/sdp",
                "v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 0\r\na=sendonly\r\n".getBytes());
        SessionDescription resume = new SessionDescription("application/sdp",
                "v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 0\r\na=sendrecv\r\n".getBytes());

        assertTrue(call.sessionChanged("a", hold));
        assertTrue(call.held());
        assertTrue(call.sessionChanged("a", resume));
        assertEquals(false, call.held());
    }
}
