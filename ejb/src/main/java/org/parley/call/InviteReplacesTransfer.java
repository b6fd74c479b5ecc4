package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An INVITE with Replaces (RFC 3891 §3) takes the place of one of the call's connected legs: the other party gets
 * the newcomer's offer by re-INVITE, its answer goes back in the newcomer's
 * 200, the two are bridged and the replaced leg is hung up.
 */
final class InviteReplacesTransfer extends Transfer {

    /** The INVITE's server transaction, answered once the remaining party has the new session. */
    private final String replacingKey;

    InviteReplacesTransfer(Transfers owner, TransferRequest request, CallLeg transferor, CallLeg remaining,
            CallLeg newcomer, String replacingKey) {
        super(owner, request, transferor, remaining);
        this.answered = newcomer;
        this.replacingKey = replacingKey;
    }

    /** The remaining party is offered the newcomer's session (its stage stays {@code RINGING}, as views show it). */
    List<CallAction> offer(SessionDescription offer) {
        List<CallAction> actions = new ArrayList<>();
        actions.add(new CallAction.Reoffer(remaining.id(), offer));
        return actions;
    }

    /** The remaining party answered the re-INVITE: the newcomer gets the answer in its 200, or the refusal. */
    @Override
    List<CallAction> remainingReoffered(int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        CallLeg newcomer = answered;
        if (status >= 300 || answer.isEmpty()) {
            actions.add(new CallAction.RespondToInvite(newcomer.id(), replacingKey, status >= 300 ? status : 488,
                    SessionDescription.none()));
            newcomer.finalStatus(status);
            newcomer.apply(LegState.Trigger.END, now);
            actions.addAll(failed(status >= 300 ? status : 488, now));
            return actions;
        }
        newcomer.apply(LegState.Trigger.ANSWER, now);
        actions.add(new CallAction.Bridge(remaining.id(), newcomer.id()));
        actions.add(new CallAction.RespondToInvite(newcomer.id(), replacingKey, 200, answer));
        if (!transferorGone) {
            actions.add(new CallAction.Hangup(transferor.id()));
        }
        done(newcomer, new CallHop(CallHop.Type.TRANSFER, transferor.party(), newcomer.party(), "replaces", now));
        return actions;
    }

    /** The newcomer is not the transfer's to hang up: its INVITE is answered (or was refused) above. */
    @Override
    void releaseTarget(List<CallAction> actions, Instant now) {
    }
}
