package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Steering: a call whose destinations a steerer (a queue, a forwarding rule) chooses over time instead of once. The
 * call waits ({@link CallState#WAITING}: the caller hears ringing while nothing rings); the steerer rings someone (a
 * round); until one answers, the call goes back to waiting when what rings fails or its ring time passes, and the
 * steerer hears of it ({@link CallAction.DestinationsExhausted}) instead of the call ending. It may give up.
 */
final class SteeredRounds implements Steered {

    private final Call call;
    private final CallLegs legs;
    private final CallSetup setup;
    private boolean steered;

    SteeredRounds(Call call, CallLegs legs, CallSetup setup) {
        this.call = call;
        this.legs = legs;
        this.setup = setup;
    }

    void steer() {
        steered = true;
    }

    /** Stops steering (a steerer diverting the call for good: what rings then ends the call if it fails). */
    void unsteer() {
        steered = false;
    }

    boolean isSteered() {
        return steered;
    }

    /** A steered call starts waiting: the caller hears ringing while nothing rings yet. */
    List<CallAction> startWaiting(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        call.move(CallState.Trigger.WAIT);
        setup.ringCaller(actions, now);
        return actions;
    }

    /** Every destination of this round failed: the call waits again and the steerer hears of it. */
    List<CallAction> exhausted(int status) {
        List<CallAction> actions = new ArrayList<>();
        call.move(CallState.Trigger.WAIT);
        actions.add(new CallAction.DestinationsExhausted(legs.outcome(CallLeg.Role.DESTINATION), status));
        legs.closeRound();
        return actions;
    }

    /**
     * A steerer stops what rings (an agent's ring time passed): pending destination legs are cancelled and count as
     * over at once, the call waits again, and the steerer hears of it.
     */
    @Override
    public List<CallAction> stopped(Disposition outcome, int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (call.isConnected() || call.isOver()) {
            return actions;
        }
        legs.cancelPending(CallLeg.Role.DESTINATION, actions);
        legs.endPendingDestinations(now);
        call.move(CallState.Trigger.WAIT);
        if (steered) {
            actions.add(new CallAction.DestinationsExhausted(outcome, status));
            legs.closeRound();
        }
        return actions;
    }

    /** A steerer gives up on the call (no agent, maximum wait): pending legs are cancelled, the caller is told. */
    @Override
    public List<CallAction> givenUp(int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (call.isConnected() || call.isOver()) {
            return actions;
        }
        legs.cancelPending(CallLeg.Role.DESTINATION, actions);
        actions.addAll(setup.refused(status, now));
        return actions;
    }
}
