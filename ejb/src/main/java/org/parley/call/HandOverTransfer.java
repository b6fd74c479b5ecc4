package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attended transfer, the consultation call's side (RFC 5589 §7): the transferor's leg leaves the bridge and the
 * target's leg goes to the transferor's call ({@link ReferReplacesTransfer}). This call ends when the transferor's leg
 * does; should the other call give the target back ({@link Call#takeBack}), the two are bridged again.
 */
final class HandOverTransfer extends Transfer {

    /** The leg to the target is with the other call. */
    private boolean handedOver = true;
    /** The target's leg came back with an offer the transferor's phone is being given. */
    private boolean takingBack;

    HandOverTransfer(Transfers owner, TransferRequest request, CallLeg transferor, CallLeg remaining) {
        super(owner, request, transferor, remaining);
    }

    /** Whether {@code targetLeg} is the leg this call handed over and may take back. */
    boolean handedOver(String targetLeg) {
        return handedOver && remaining.id().equals(targetLeg);
    }

    /** The target's leg comes back; its pending offer, if any, goes to the transferor's phone by re-INVITE. */
    List<CallAction> takeBack(SessionDescription pendingOffer, Instant now) {
        handedOver = false;
        if (pendingOffer.isEmpty()) {
            return failed(487, now);
        }
        takingBack = true;
        List<CallAction> actions = new ArrayList<>();
        actions.add(new CallAction.Reoffer(transferor.id(), pendingOffer));
        return actions;
    }

    @Override
    List<CallAction> reoffered(String legId, int status, SessionDescription answer, Instant now) {
        if (!takingBack || !transferor.id().equals(legId)) {
            return super.reoffered(legId, status, answer, now);
        }
        List<CallAction> actions = new ArrayList<>();
        CallLeg target = remaining;
        if (status >= 300 || answer.isEmpty()) {
            actions.add(new CallAction.Hangup(target.id()));
            actions.addAll(failed(status >= 300 ? status : 488, now));
            return actions;
        }
        actions.addAll(failed(487, now));
        actions.add(new CallAction.Acknowledge(target.id(), answer));
        return actions;
    }

    /** The transferor's leg ended: a call whose target went to the transferor's call is over. */
    @Override
    List<CallAction> transferorLeft(boolean byRemote, Instant now) {
        if (!handedOver) {
            return super.transferorLeft(byRemote, now);
        }
        owner.transferLeft();
        owner.endAnswered(byRemote ? Optional.of(transferor.party()) : Optional.empty(), now);
        return new ArrayList<>();
    }
}
