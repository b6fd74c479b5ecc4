package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.call.ConfirmStage.Trigger;

/**
 * "Press 1 to accept" in the call's decisions: a leg to confirm is prompted when it answers while the caller still
 * hears ringing and the other devices ring on; only {@code 1} connects it; anything else hangs it up and sends the
 * call on (to voicemail, by call control).
 */
class CallConfirmByKeyTest {

    private static final Instant T0 = Instant.parse("2026-12-08T01:00:00Z");
    private static final SessionDescription ENGINE_ANSWER = sdp("v=0 device answers parley");
    private static final SessionDescription CALLER_ANSWER = sdp("v=0 parley answers the caller");
    private static final SessionDescription DESK_ANSWER = sdp("v=0 desk answer");

    private final Party alice = new Party("2001", "Alice");
    private final Party bob = new Party("2002", "Bob");

    private static SessionDescription sdp(String text) {
        return new SessionDescription("application/sdp", text.getBytes());
    }

    /** Alice calls Bob: his desk phone and his mobile (an extra device that must press 1) ring. */
    private Call call() {
        Call call = new Call("c1", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("desk", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        call.addLeg(new CallLeg("mobile", CallLeg.Role.DESTINATION, Party.of("+33612345678"), "carrier:+33612345678",
                true, T0));
        call.confirmations().expect("mobile");
        return call;
    }

    /** The mobile answered and hears the prompt. */
    private Call prompting() {
        Call call = call();
        call.progress("mobile", 180, SessionDescription.none(), T0);
        assertEquals(List.of(new CallAction.PromptForKey("mobile", ENGINE_ANSWER)),
                call.answered("mobile", ENGINE_ANSWER, T0.plusSeconds(3)));
        return call;
    }

    @Test
    void theAnsweringDeviceIsPromptedWhileTheCallerStillHearsRingingAndTheOthersRingOn() {
        Call call = prompting();

        assertEquals(Optional.of(ConfirmStage.PROMPTING), call.confirmations().stage("mobile"));
        assertEquals(CallState.RINGING, call.state(), "not answered: the caller still hears ringing");
        assertTrue(call.answeredBy().isEmpty());
        assertEquals(Optional.empty(), call.confirmations().stage("desk"), "the desk phone connects when it answers");
    }

    @Test
    void theEarlyMediaOfALegToConfirmIsNotRelayed() {
        Call call = call();

        assertEquals(List.of(new CallAction.RespondToCaller(180, SessionDescription.none())),
                call.progress("mobile", 183, ENGINE_ANSWER, T0), "its SDP answers Parley's offer, not the caller's");
    }

    @Test
    void keyOneConnectsTheDeviceWithTheCallerAndCancelsTheOthers() {
        Call call = prompting();

        assertEquals(List.of(new CallAction.ConfirmAccepted("mobile")),
                call.confirmations().confirm("mobile", Trigger.KEY_ONE, T0.plusSeconds(6)));
        List<CallAction> actions = call.confirmations().connect("mobile", CALLER_ANSWER, T0.plusSeconds(6));

        assertEquals(List.of(new CallAction.Bridge("a", "mobile"), new CallAction.RespondToCaller(200, CALLER_ANSWER),
                new CallAction.Cancel("desk")), actions);
        assertEquals(CallState.ANSWERED, call.state());
        assertEquals("carrier:+33612345678", call.answeredBy().orElseThrow().device());
        assertEquals(Optional.of(ConfirmStage.ACCEPTED), call.confirmations().stage("mobile"));
        assertEquals(List.of(), call.confirmations().confirm("mobile", Trigger.OTHER_KEY, T0.plusSeconds(7)),
                "a later key changes nothing");
    }

    @Test
    void anotherKeyHangsTheDeviceUpAndRefusesTheCall() {
        Call call = prompting();

        assertEquals(List.of(new CallAction.Hangup("mobile"), new CallAction.ConfirmRefused("mobile",
                Trigger.OTHER_KEY)), call.confirmations().confirm("mobile", Trigger.OTHER_KEY, T0.plusSeconds(6)));
        assertEquals(Optional.of(ConfirmStage.REFUSED), call.confirmations().stage("mobile"));
        assertTrue(call.legs().stream().filter(l -> l.id().equals("mobile")).findFirst().orElseThrow().isOver());
        assertEquals(List.of(), call.confirmations().confirm("mobile", Trigger.KEY_ONE, T0.plusSeconds(7)),
                "a 1 after the refusal changes nothing");
    }

    @Test
    void silenceRefusesTheCall() {
        Call call = prompting();

        assertEquals(List.of(new CallAction.Hangup("mobile"), new CallAction.ConfirmRefused("mobile",
                Trigger.SILENCE)), call.confirmations().confirm("mobile", Trigger.SILENCE, T0.plusSeconds(15)));
    }

    @Test
    void theDeviceHangingUpWhilePromptedRefusesTheCall() {
        Call call = prompting();

        assertEquals(List.of(new CallAction.ConfirmRefused("mobile", Trigger.DEVICE_HUNG_UP)),
                call.legEnded("mobile", true, T0.plusSeconds(5)), "its dialog is over already: no BYE of Parley's");
        assertEquals(CallState.RINGING, call.state(), "the caller waits for voicemail");
    }

    @Test
    void aRefusalWithNoMailboxEndsTheCallAsUnanswered() {
        Call call = prompting();
        call.confirmations().confirm("mobile", Trigger.OTHER_KEY, T0.plusSeconds(6));

        assertEquals(List.of(new CallAction.Cancel("desk"), new CallAction.RespondToCaller(480,
                SessionDescription.none())), call.confirmations().nobodyAccepted(T0.plusSeconds(6)));
        assertEquals(Optional.of(Disposition.NO_ANSWER), call.disposition());
    }

    @Test
    void theCallerHangingUpWhileTheDeviceIsPromptedHangsTheDeviceUp() {
        Call call = prompting();

        List<CallAction> actions = call.callerCancelled("a", T0.plusSeconds(5));

        assertTrue(actions.contains(new CallAction.Cancel("desk")), actions.toString());
        assertTrue(actions.contains(new CallAction.Hangup("mobile")), actions.toString());
        assertEquals(CallState.ENDED, call.state());
        assertEquals(Optional.of(Disposition.CANCELLED), call.disposition());
        assertEquals(Optional.of(ConfirmStage.OVER), call.confirmations().stage("mobile"));
        assertEquals(List.of(), call.legEnded("mobile", false, T0.plusSeconds(6)));
    }

    @Test
    void anotherDeviceAnsweringFirstHangsThePromptedDeviceUp() {
        Call call = prompting();

        List<CallAction> actions = call.answered("desk", DESK_ANSWER, T0.plusSeconds(4));

        assertEquals(List.of(new CallAction.Bridge("a", "desk"), new CallAction.RespondToCaller(200, DESK_ANSWER),
                new CallAction.Hangup("mobile")), actions);
        assertEquals(Optional.of(ConfirmStage.OVER), call.confirmations().stage("mobile"));
        assertEquals(List.of(), call.confirmations().confirm("mobile", Trigger.KEY_ONE, T0.plusSeconds(5)));
    }

    @Test
    void aLegToConfirmAnsweringAfterTheCallWasAnsweredIsHungUp() {
        Call call = call();
        call.answered("desk", DESK_ANSWER, T0.plusSeconds(2));

        assertEquals(List.of(new CallAction.Hangup("mobile")), call.answered("mobile", ENGINE_ANSWER,
                T0.plusSeconds(3)));
    }

    @Test
    void aLegToConfirmThatFailsLeavesTheOthersRinging() {
        Call call = call();

        assertEquals(List.of(), call.failed("mobile", 486, T0.plusSeconds(2)));
        assertEquals(Optional.of(ConfirmStage.OVER), call.confirmations().stage("mobile"));
        assertEquals(CallState.SETUP, call.state());
    }
}
