package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Attended transfer by REFER with Replaces (RFC 5589 §7, RFC 3891), the transferor's call: the target is already
 * connected, on a leg the consultation call handed over ({@link HandOverTransfer}). It gets a re-INVITE without offer;
 * its offer then goes to the remaining party ({@code RINGING → COMPLETING} at once). Should the transfer fail, the
 * target's leg goes back to the consultation call ({@link CallAction.GiveBack}).
 */
final class ReferReplacesTransfer extends Transfer {

    /** The transferor's leg to the target (in the consultation call), hung up when the transfer is over. */
    private final String consultation;

    ReferReplacesTransfer(Transfers owner, TransferRequest request, CallLeg transferor, CallLeg remaining) {
        super(owner, request, transferor, remaining);
        this.consultation = request.replacedLeg().orElseThrow();
    }

    /** The target's leg, handed over by the consultation call, joins this call: it is asked for its offer. */
    List<CallAction> targetHandedOver(CallLeg target, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        target.apply(LegState.Trigger.ANSWER, now);
        targets.add(target);
        answered = target;
        move(TransferStage.Trigger.COMPLETE);
        awaitTargetOffer(actions);
        return actions;
    }

    @Override
    void doneWithTarget(List<CallAction> actions) {
        actions.add(new CallAction.Hangup(consultation));
    }

    /**
     * The target's leg came from the consultation call and goes back to it, with the offer it made here when nobody
     * answered it; a target no longer on leaves the consultation leg to hang up.
     */
    @Override
    void releaseTarget(List<CallAction> actions, Instant now) {
        if (answered != null && !answered.isOver()) {
            answered.apply(LegState.Trigger.END, now);
            actions.add(new CallAction.GiveBack(answered.id(), consultation,
                    targetOffer == null ? SessionDescription.none() : targetOffer));
        } else {
            actions.add(new CallAction.Hangup(consultation));
        }
    }
}
