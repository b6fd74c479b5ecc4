package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parley.platform.state.TransitionTable;

/**
 * A transfer under way in a {@link Call} (RFC 3515, RFC 5589): who hands the call on, who stays, the legs ringing the
 * target and the one that answered. This class decides what a blind transfer does (REFER without Replaces, or the
 * API's blind transfer); each other kind is a subclass that changes only what it does differently:
 * {@link ConsultTransfer} (the API's attended transfer), {@link ReferReplacesTransfer}, {@link InviteReplacesTransfer}
 * and {@link HandOverTransfer} (the consultation call's side). A steerer choosing the targets is
 * {@link SteeredTargets}. Its stage moves only through {@link TransferStage#TABLE}.
 */
abstract sealed class Transfer permits BlindTransfer, ConsultTransfer, ReferReplacesTransfer,
        InviteReplacesTransfer, HandOverTransfer {

    private static final Logger LOG = Logger.getLogger(Transfer.class.getName());

    /** The call's transfers, through which a transfer changes its call. */
    final Transfers owner;
    final TransferRequest request;
    final CallLeg transferor;
    final CallLeg remaining;
    final List<CallLeg> targets = new ArrayList<>();
    CallLeg answered;
    /** The transferor hung up after asking (usual for a blind transfer): nobody to notify or to give the call back. */
    boolean transferorGone;
    private boolean ringNotified;
    private TransferStage stage = TransferStage.RINGING;
    /** The target's offer from its 200 (it was rung without one), until someone answers it. */
    SessionDescription answeredOffer;
    /** A re-INVITE without offer went to the target (attended): its offer is awaited. */
    private boolean targetOfferAwaited;
    /** Attended: the target's offer, from its answer to Parley's re-INVITE without offer. */
    SessionDescription targetOffer;
    /** The forwards the target's own rules took (recorded after the transfer itself once it is done). */
    private final List<CallHop> forwards = new ArrayList<>();
    /** A steerer (a queue) chooses the targets: when they fail it is told, and the transfer goes on. */
    private SteeredTargets steering;

    Transfer(Transfers owner, TransferRequest request, CallLeg transferor, CallLeg remaining) {
        this.owner = owner;
        this.request = request;
        this.transferor = transferor;
        this.remaining = remaining;
    }

    /** Moves the stage; an illegal move is logged and thrown ({@link TransitionTable.IllegalTransition}). */
    final void move(TransferStage.Trigger trigger) {
        try {
            stage = TransferStage.TABLE.require(stage, trigger);
        } catch (TransitionTable.IllegalTransition e) {
            LOG.log(Level.WARNING, "Call {0}: {1}", new Object[] {owner.id(), e.getMessage()});
            throw e;
        }
    }

    final TransferStage stage() {
        return stage;
    }

    /** Who the target sees calling: the remaining party (the transferor, when it consults the target first). */
    Party presentedAs() {
        return remaining.party();
    }

    /** Whether the transferor meets the target before the remaining party does, once it answers. */
    boolean consultsFirst() {
        return false;
    }

    TransferView view() {
        return new TransferView(request.mode(), transferor.party(), remaining.party(), request.target(), stage,
                Optional.ofNullable(answered).map(CallLeg::id));
    }

    boolean isTarget(CallLeg leg) {
        return targets.contains(leg);
    }

    boolean targetsOver() {
        return targets.stream().allMatch(CallLeg::isOver);
    }

    void forwarded(List<CallHop> hops) {
        forwards.addAll(hops);
    }

    // --- a steerer choosing the targets ---

    void steer() {
        steering = new SteeredTargets(this);
    }

    Optional<SteeredTargets> steering() {
        return Optional.ofNullable(steering);
    }

    /** The steerer sends the transfer on for good: from now on it fails, as any other, when its target does. */
    void unsteer() {
        steering = null;
    }

    // --- the target ---

    List<CallAction> targetsDialled(List<CallLeg> legs, Instant now) {
        targets.addAll(legs);
        return targetsOver() ? failed(503, now) : new ArrayList<>();
    }

    List<CallAction> targetProgress(CallLeg leg, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (leg.isOver() || leg.state().isAnswered()) {
            return actions;
        }
        leg.apply(LegState.Trigger.PROGRESS, now);
        if (!ringNotified) {
            ringNotified = true;
            notifyTransferor(180, actions);
        }
        return actions;
    }

    /** A target answered with its offer (it was rung without one): the remaining party gets it by re-INVITE. */
    List<CallAction> targetAnswered(CallLeg leg, SessionDescription offer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        leg.apply(LegState.Trigger.ANSWER, now);
        if (answered != null) {
            actions.add(new CallAction.Hangup(leg.id()));
            return actions;
        }
        answered = leg;
        for (CallLeg other : targets) {
            if (other != leg && !other.isOver() && !other.state().isAnswered()) {
                actions.add(new CallAction.Cancel(other.id()));
            }
        }
        if (offer.isEmpty()) {
            return failed(488, now);
        }
        answeredOffer = offer;
        if (consultsFirst()) {
            // consultation: the transferor meets the target first (3pcc: the target's offer, the transferor's answer)
            move(TransferStage.Trigger.JOIN);
            actions.add(new CallAction.Reoffer(transferor.id(), offer));
            return actions;
        }
        move(TransferStage.Trigger.COMPLETE);
        reofferRemaining(actions, offer);
        return actions;
    }

    /** A target leg failed: once all have, the transfer fails with the status that stands for them. */
    List<CallAction> targetFailed(Instant now) {
        if (answered != null || !targetsOver()) {
            return new ArrayList<>();
        }
        List<Integer> statuses = LegOutcome.statuses(targets);
        if (steering != null) {
            return steering.stopped(LegOutcome.disposition(statuses), LegOutcome.last(statuses), now);
        }
        return failed(LegOutcome.representative(statuses), now);
    }

    /** The target did not answer in its ring time. */
    List<CallAction> timeout(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (answered != null) {
            return actions;
        }
        if (steering != null) {
            return steering.stopped(Disposition.NO_ANSWER, 480, now);
        }
        cancelTargets(408, now, actions);
        actions.addAll(failed(408, now));
        return actions;
    }

    /** The target's legs still ringing are cancelled and count as over at once, with {@code status}. */
    final void cancelTargets(int status, Instant now, List<CallAction> actions) {
        for (CallLeg leg : targets) {
            if (!leg.isOver()) {
                actions.add(new CallAction.Cancel(leg.id()));
                leg.finalStatus(status);
                leg.apply(LegState.Trigger.END, now);
            }
        }
    }

    // --- a leg of the call ends ---

    /** A leg ended during the transfer (the transferor may leave; the remaining party leaving ends the call). */
    final List<CallAction> legEnded(CallLeg leg, boolean byRemote, Instant now) {
        if (leg == transferor) {
            return transferorLeft(byRemote, now);
        }
        if (leg == answered) {
            return answeredLeft(now);
        }
        if (leg == remaining) {
            return remainingLeft(leg, byRemote, now);
        }
        return new ArrayList<>();
    }

    List<CallAction> transferorLeft(boolean byRemote, Instant now) {
        transferorGone = true;
        return new ArrayList<>();
    }

    List<CallAction> answeredLeft(Instant now) {
        return failed(480, now);
    }

    List<CallAction> remainingLeft(CallLeg leg, boolean byRemote, Instant now) {
        return endCall(byRemote ? Optional.of(leg.party()) : Optional.empty(), now);
    }

    /** The call ends during its transfer: the target's legs are cancelled or hung up, so is a transferor still on. */
    final List<CallAction> endCall(Optional<Party> by, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        for (CallLeg target : targets) {
            if (!target.isOver()) {
                actions.add(target.state().isAnswered() ? new CallAction.Hangup(target.id())
                        : new CallAction.Cancel(target.id()));
            }
        }
        if (!transferorGone) {
            notifyTransferor(487, actions);
            actions.add(new CallAction.Hangup(transferor.id()));
        }
        owner.transferLeft();
        owner.endAnswered(by, now);
        return actions;
    }

    // --- re-INVITEs answered ---

    /** A leg answered the re-INVITE Parley sent it for this transfer. */
    List<CallAction> reoffered(String legId, int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (targetOfferAwaited && answered.id().equals(legId)) {
            targetOfferAwaited = false;
            if (status >= 300 || answer.isEmpty()) {
                return failed(status >= 300 ? status : 488, now);
            }
            targetOffer = answer;
            reofferRemaining(actions, answer);
            return actions;
        }
        if (answered == null || !remaining.id().equals(legId)) {
            return actions;
        }
        return remainingReoffered(status, answer, now);
    }

    /** Attended: the connected target is asked for a new offer (re-INVITE without one), for the remaining party. */
    final void awaitTargetOffer(List<CallAction> actions) {
        targetOfferAwaited = true;
        actions.add(new CallAction.Reoffer(answered.id(), SessionDescription.none()));
    }

    /** The remaining party answered the target's session: the two are bridged and the transfer is done. */
    List<CallAction> remainingReoffered(int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (status >= 300 || answer.isEmpty()) {
            return failed(status >= 300 ? status : 488, now);
        }
        // bridged before the target has its ACK: it may send a re-INVITE or INFO at once, to be relayed
        actions.add(new CallAction.Bridge(remaining.id(), answered.id()));
        actions.add(new CallAction.Acknowledge(answered.id(), answer));
        if (!transferorGone) {
            notifyTransferor(200, actions);
            actions.add(new CallAction.Hangup(transferor.id()));
        }
        doneWithTarget(actions);
        done(answered, new CallHop(CallHop.Type.TRANSFER, transferor.party(), request.target(), request.reason(),
                now));
        return actions;
    }

    /** What else is closed once the target is connected (nothing, for a blind transfer). */
    void doneWithTarget(List<CallAction> actions) {
    }

    /**
     * The transfer is done: {@code newcomer} took the transferor's side, recorded as {@code hop}, followed by the
     * forwards that led to the target.
     */
    final void done(CallLeg newcomer, CallHop hop) {
        owner.handOn(transferor, newcomer);
        owner.recordHop(hop);
        forwards.forEach(owner::recordHop);
        owner.transferOver(true);
    }

    // --- failure ---

    /**
     * The transfer failed with {@code status}: the transferor hears it and gets the other party back (bridged again,
     * so it may resume); a transferor that already hung up leaves nobody to talk to, and the call ends.
     */
    final List<CallAction> failed(int status, Instant now) {
        Optional<List<CallAction>> givenBack = givenBackFirst(now);
        if (givenBack.isPresent()) {
            return givenBack.get();
        }
        List<CallAction> actions = new ArrayList<>();
        owner.transferLeft();
        owner.transferDone(false);
        releaseTarget(actions, now);
        if (endedWithoutRemaining(actions, now)) {
            return actions;
        }
        if (transferorGone) {
            actions.add(new CallAction.Hangup(remaining.id()));
            owner.endAnswered(Optional.empty(), now);
            return actions;
        }
        actions.add(new CallAction.Bridge(transferor.id(), remaining.id()));
        if (request.referred()) {
            actions.add(new CallAction.NotifyTransferor(transferor.id(), status));
        }
        transferor.apply(LegState.Trigger.RESUME, now);
        owner.transferOver(false);
        return actions;
    }

    /**
     * A failing transfer whose remaining party is not on the session it had with the transferor any more (the API's
     * attended transfer plays it music): the transferor is given it back by third-party call control first, and the
     * transfer fails once that is done. Empty: the transfer fails at once.
     */
    Optional<List<CallAction>> givenBackFirst(Instant now) {
        return Optional.empty();
    }

    /** The transfer has started (its transferor out of the bridge): what else it does at once (nothing, here). */
    void started(List<CallAction> actions) {
    }

    /** The remaining party is given a new session ({@code offer}) by Parley's re-INVITE. */
    void reofferRemaining(List<CallAction> actions, SessionDescription offer) {
        actions.add(new CallAction.Reoffer(remaining.id(), offer));
    }

    /** A failed transfer lets go of its target: a target that answered and is still on is hung up. */
    void releaseTarget(List<CallAction> actions, Instant now) {
        if (answered != null && !answered.isOver()) {
            actions.add(new CallAction.Hangup(answered.id()));
        }
    }

    /**
     * A failed transfer whose remaining party left before: the transferor has nobody to go back to, and the call
     * ends (true). Only the API's attended transfer goes on without its remaining party.
     */
    boolean endedWithoutRemaining(List<CallAction> actions, Instant now) {
        return false;
    }

    final void notifyTransferor(int status, List<CallAction> actions) {
        if (request.referred() && !transferorGone) {
            actions.add(new CallAction.NotifyTransferor(transferor.id(), status));
        }
    }
}
