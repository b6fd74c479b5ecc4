package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legs of a call that must be confirmed by key ("press 1 to accept": a forward or an extra device with
 * {@code confirmByKey}), each with its {@link ConfirmStage}: offered Parley's media, prompted when it answers while the
 * caller hears ringback and the other legs ring on, connected on {@code 1}, refused otherwise. Used under the call's
 * lock, like the rest of {@link Call}; the stages are kept with the legs, so this view holds no state of its own.
 */
public final class ConfirmingLegs {

    private final Call call;
    private final CallLegs legs;
    private final CallSetup setup;

    ConfirmingLegs(Call call, CallLegs legs, CallSetup setup) {
        this.call = call;
        this.legs = legs;
        this.setup = setup;
    }

    /** The destination leg just opened must be confirmed by key when it answers (it was offered Parley's media). */
    public void expect(String legId) {
        legs.expectConfirmation(legId);
    }

    /** Where the confirmation of a leg is; empty for a leg that connects when it answers. */
    public Optional<ConfirmStage> stage(String legId) {
        return legs.confirmation(legId);
    }

    /**
     * The prompted device's decision: {@code 1} → {@link CallAction.ConfirmAccepted}; another key, silence or its
     * hang-up → the leg is hung up (it counts as unanswered, 480) and {@link CallAction.ConfirmRefused}. Nothing when
     * the trigger does not move the leg's confirmation (a second key, a key once the call moved on).
     */
    public List<CallAction> confirm(String legId, ConfirmStage.Trigger trigger, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (call.isOver() || call.isConnected()) {
            return actions;
        }
        Optional<ConfirmStage> next = legs.confirm(legId, trigger);
        if (next.filter(s -> s == ConfirmStage.ACCEPTED).isPresent()) {
            actions.add(new CallAction.ConfirmAccepted(legId));
        } else if (next.filter(s -> s == ConfirmStage.REFUSED).isPresent()) {
            CallLeg leg = legs.get(legId);
            if (!leg.isOver()) {
                leg.finalStatus(480);
                leg.apply(LegState.Trigger.END, now);
                actions.add(new CallAction.Hangup(legId));
            }
            actions.add(new CallAction.ConfirmRefused(legId, trigger));
        }
        return actions;
    }

    /**
     * The device pressed 1 and Parley's media answered the caller with {@code callerAnswer}: the call is answered by
     * that leg (bridged with the caller, which gets its 200), everything else that rings is cancelled.
     */
    public List<CallAction> connect(String legId, SessionDescription callerAnswer, Instant now) {
        return setup.connectConfirmed(legs.get(legId), callerAnswer, now);
    }

    /**
     * A refused confirmation with no mailbox to go to: what still rings is cancelled and the caller gets 480, as when
     * nobody answers.
     */
    public List<CallAction> nobodyAccepted(Instant now) {
        return call.isOver() || call.isConnected() ? new ArrayList<>() : setup.abandon(Disposition.NO_ANSWER, now);
    }
}
