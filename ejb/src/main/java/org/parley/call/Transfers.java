package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transfers of one call (RFC 3515, RFC 5589): which kind of {@link Transfer} a request starts, the one under way
 * (which decides what its call does until it is over) and how the last one ended. {@link Call} delegates here; the
 * transfer under way changes its call only through the methods at the end.
 */
final class Transfers {

    private final Call call;
    private final CallLegs legs;
    /** The transfer under way, if any. */
    private Transfer transfer;
    /** Whether the last transfer connected its target (for the event that reports it). */
    private boolean lastTransferDone;

    Transfers(Call call, CallLegs legs) {
        this.call = call;
        this.legs = legs;
    }

    /** Whether a transfer may start now: the call is answered and both parties' legs are confirmed. */
    boolean canTransfer() {
        return call.state() == CallState.ANSWERED && legs.connection().answeredDestination().isPresent()
                && legs.settled(legs.destination()) && legs.origin().map(legs::settled).orElse(false);
    }

    /**
     * A party asks to hand the call on. The transferor's leg leaves the bridge (its BYE must not end the other
     * party's), a REFER is accepted (202) and its transferor told "100 Trying"; the target is dialled next
     * ({@link #transferTargetsDialled}). Without a REFER's leg the party handed on is the outside one: the callee of
     * an outbound or click-to-dial call, the caller otherwise. A REFER that comes while no transfer can start (the
     * call not answered, another transfer under way, a leg not confirmed) is refused with 491. An attended transfer
     * through the API consults its target first ({@link ConsultTransfer}).
     *
     * @throws IllegalStateException when the API asks while {@link #canTransfer()} is false
     */
    List<CallAction> startTransfer(TransferRequest request, Instant now) {
        boolean consults = request.mode() == TransferRequest.Mode.ATTENDED && request.replacedLeg().isEmpty()
                && !request.referred();
        return begin(request, now, consults ? ConsultTransfer::new : BlindTransfer::new);
    }

    /** How a transfer of one kind is made, once its transferor and remaining party are known. */
    private interface TransferKind {
        Transfer make(Transfers owner, TransferRequest request, CallLeg transferor, CallLeg remaining);
    }

    private List<CallAction> begin(TransferRequest request, Instant now, TransferKind kind) {
        List<CallAction> actions = new ArrayList<>();
        Optional<CallLeg> transferor = canTransfer() ? transferorOf(request) : Optional.empty();
        if (transferor.isEmpty()) {
            if (request.requestKey().isEmpty()) {
                throw new IllegalStateException("call " + call.id() + " cannot be transferred in state "
                        + call.state());
            }
            actions.add(new CallAction.AnswerTransferRequest(request.requestKey().get(), 491));
            return actions;
        }
        CallLeg from = transferor.get();
        CallLeg remaining = from == legs.destination() ? legs.origin().orElseThrow() : legs.destination();
        transfer = kind.make(this, request, from, remaining);
        from.apply(LegState.Trigger.TRANSFER, now);
        call.move(CallState.Trigger.TRANSFER);
        request.requestKey().ifPresent(key -> actions.add(new CallAction.AnswerTransferRequest(key, 202)));
        actions.add(new CallAction.Unbridge(from.id()));
        transfer.notifyTransferor(100, actions);
        transfer.started(actions);
        return actions;
    }

    private Optional<CallLeg> transferorOf(TransferRequest request) {
        CallLeg origin = legs.origin().orElseThrow();
        if (request.transferorLeg().isPresent()) {
            String legId = request.transferorLeg().get();
            CallLeg destination = legs.destination();
            return legId.equals(origin.id()) ? Optional.of(origin)
                    : legId.equals(destination.id()) ? Optional.of(destination) : Optional.empty();
        }
        boolean calleeIsOutside = call.direction() == CallDirection.OUTBOUND
                || call.direction() == CallDirection.ORIGINATED;
        return Optional.of(calleeIsOutside ? origin : legs.destination());
    }

    /**
     * Attended transfer (RFC 5589 §7), the transferor's call: like {@link #startTransfer}, but the target is already
     * connected, on {@code target}, a leg handed over by the consultation call ({@link #handOver}). It gets a
     * re-INVITE without offer; its offer then goes to the remaining party ({@link #reoffered}).
     */
    List<CallAction> startAttendedTransfer(TransferRequest request, LegView target, Instant now) {
        if (request.replacedLeg().isEmpty()) {
            return startTransfer(request, now);
        }
        List<CallAction> actions = begin(request, now, ReferReplacesTransfer::new);
        if (transfer instanceof ReferReplacesTransfer t && t.targets.isEmpty()) {
            CallLeg leg = new CallLeg(target.id(), CallLeg.Role.DESTINATION, target.party(), target.device(), true,
                    now);
            call.addLeg(leg);
            actions.addAll(t.targetHandedOver(leg, now));
        }
        return actions;
    }

    /**
     * The party on the other side of {@code legId} while the call could be transferred: in a consultation call, the
     * target of an attended transfer.
     */
    Optional<LegView> partnerOf(String legId) {
        if (!canTransfer()) {
            return Optional.empty();
        }
        CallLeg origin = legs.origin().orElseThrow();
        if (legId.equals(origin.id())) {
            return Optional.of(LegView.of(legs.destination()));
        }
        return legId.equals(legs.destination().id()) ? Optional.of(LegView.of(origin)) : Optional.empty();
    }

    /**
     * Attended transfer, the consultation call: the transferor's leg {@code legId} leaves the bridge and the other
     * party's leg goes to the transferor's call ({@link HandOverTransfer}).
     */
    List<CallAction> handOver(String legId, Instant now) {
        Party target = partnerOf(legId).map(LegView::party).orElseThrow(() ->
                new IllegalStateException("leg " + legId + " of call " + call.id() + " cannot be handed over now"));
        return begin(new TransferRequest(target, Optional.of(legId), Optional.empty()), now, HandOverTransfer::new);
    }

    /**
     * An INVITE with Replaces (RFC 3891) names leg {@code replacedLegId} of this answered call: the new leg
     * {@code replacing} takes its place ({@link InviteReplacesTransfer}). Refused with 481 when the named leg is not
     * connected or the call cannot be transferred now, 488 without an offer.
     */
    List<CallAction> replace(String replacedLegId, CallLeg replacing, String transactionKey,
            SessionDescription offer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<LegView> partner = partnerOf(replacedLegId);
        if (partner.isEmpty() || offer.isEmpty()) {
            actions.add(new CallAction.RespondToInvite(replacing.id(), transactionKey, offer.isEmpty() ? 488 : 481,
                    SessionDescription.none()));
            return actions;
        }
        actions.addAll(begin(new TransferRequest(replacing.party(), Optional.of(replacedLegId), Optional.empty()),
                now, (owner, request, from, remaining) -> new InviteReplacesTransfer(owner, request, from, remaining,
                        replacing, transactionKey)));
        call.addLeg(replacing);
        actions.addAll(((InviteReplacesTransfer) transfer).offer(offer));
        return actions;
    }

    /**
     * Attended transfer, the consultation call: the transferor's call could not connect the target and gives its leg
     * {@code targetLeg} back, with the offer the target made there that nobody answered ({@code pendingOffer}). A call
     * that can no longer take it back hangs the target up.
     */
    List<CallAction> takeBack(String targetLeg, SessionDescription pendingOffer, Instant now) {
        if (!call.isOver() && transfer instanceof HandOverTransfer h && h.handedOver(targetLeg)) {
            return h.takeBack(pendingOffer, now);
        }
        List<CallAction> actions = new ArrayList<>();
        actions.add(new CallAction.Hangup(targetLeg));
        return actions;
    }

    /** The legs ringing the transfer target were opened (filed with {@link Call#addLeg} first); none: it failed. */
    List<CallAction> transferTargetsDialled(List<String> legIds, Instant now) {
        return transfer == null ? new ArrayList<>() : transfer.targetsDialled(legs(legIds), now);
    }

    private List<CallLeg> legs(List<String> legIds) {
        return legIds.stream().map(legs::get).toList();
    }

    /** The transfer target cannot be called (no such number, refused, not registered): the transfer fails. */
    List<CallAction> transferRefused(int status, Instant now) {
        return transfer == null ? new ArrayList<>() : transfer.failed(status, now);
    }

    /** A leg answered the re-INVITE that gives it a transfer's new session. */
    List<CallAction> reoffered(String legId, int status, SessionDescription answer, Instant now) {
        return transfer == null ? new ArrayList<>() : transfer.reoffered(legId, status, answer, now);
    }

    /** Whether the API may complete or cancel the transfer under way: an attended one through the API, still open. */
    boolean consultationOpen() {
        return consultation().isPresent();
    }

    private Optional<ConsultTransfer> consultation() {
        return transfer instanceof ConsultTransfer c && c.open() ? Optional.of(c) : Optional.empty();
    }

    /**
     * API attended transfer, completed (see {@link ConsultTransfer#complete}).
     *
     * @throws IllegalStateException when {@link #consultationOpen()} is false
     */
    List<CallAction> completeTransfer(Instant now) {
        return requireConsultation().complete();
    }

    /**
     * API attended transfer, cancelled (see {@link ConsultTransfer#cancel}).
     *
     * @throws IllegalStateException when {@link #consultationOpen()} is false
     */
    List<CallAction> cancelTransfer(Instant now) {
        return requireConsultation().cancel(now);
    }

    private ConsultTransfer requireConsultation() {
        return consultation().orElseThrow(() ->
                new IllegalStateException("call " + call.id() + " has no attended transfer to complete or cancel now"));
    }

    /** Whether the last transfer connected its target (false: it failed and the call went on as before). */
    boolean lastTransferDone() {
        return lastTransferDone;
    }

    /** The party being handed on by the transfer under way (the one the target will talk to). */
    Optional<Party> transferredParty() {
        return Optional.ofNullable(transfer).map(t -> t.remaining.party());
    }

    /** Who asks for the transfer under way (its target's INVITE says so, RFC 3892). */
    Optional<ReferredBy> referredBy() {
        return Optional.ofNullable(transfer).map(t -> new ReferredBy(t.transferor.party(), t.request.referredBy()));
    }

    /** The target of the transfer under way is a steerer (a queue), see {@link SteeredTargets}. */
    void steerTransfer() {
        if (transfer == null) {
            throw new IllegalStateException("call " + call.id() + " has no transfer under way to steer");
        }
        transfer.steer();
    }

    /** Whether a steerer (a queue) chooses the targets of the transfer under way. */
    boolean isSteeredTransfer() {
        return steering().isPresent();
    }

    Optional<SteeredTargets> steering() {
        return Optional.ofNullable(transfer).flatMap(Transfer::steering);
    }

    /** A steerer rang targets for the transfer under way (filed with {@link Call#addLeg} first); none: it hears so. */
    List<CallAction> steeredTargetsDialled(List<String> legIds, Instant now) {
        return steering().map(s -> s.dialled(legs(legIds), now)).orElseGet(ArrayList::new);
    }

    /** The steerer sends the transfer on to one target for good (a queue's fallback): what it rang is cancelled. */
    List<CallAction> transferDiverted(Instant now) {
        return steering().map(s -> s.diverted(now)).orElseGet(ArrayList::new);
    }

    /** The target of the transfer under way forwards it: these forwards join the history after the transfer. */
    void transferForwarded(List<CallHop> forwards) {
        if (transfer != null) {
            transfer.forwarded(forwards);
        }
    }

    /** The transfer under way: its target, for views. */
    Optional<Party> transferTarget() {
        return Optional.ofNullable(transfer).map(t -> t.request.target());
    }

    /** Who the transfer's target sees calling: the transferor when it consults the target first, else who stays. */
    Optional<Party> transferPresentedAs() {
        return Optional.ofNullable(transfer).map(Transfer::presentedAs);
    }

    /** The transfer under way, for views. */
    Optional<TransferView> transferView() {
        return Optional.ofNullable(transfer).map(Transfer::view);
    }

    // --- what a transfer changes in its call ---

    /** The transfer under way, if any. */
    Optional<Transfer> current() {
        return Optional.ofNullable(transfer);
    }

    /** The transfer under way leaves the call (done, failed, or the call ends). */
    void transferLeft() {
        transfer = null;
    }

    void transferDone(boolean done) {
        lastTransferDone = done;
    }

    /** The transfer is over and the call answered again: done (its target connected) or failed. */
    void transferOver(boolean done) {
        transfer = null;
        lastTransferDone = done;
        call.move(CallState.Trigger.TRANSFER_OVER);
    }

    /** A transfer's {@code newcomer} takes the place of {@code leaving} (see {@link Connection#handedOn}). */
    void handOn(CallLeg leaving, CallLeg newcomer) {
        legs.connect(legs.connection().handedOn(leaving, newcomer));
    }

    /** {@code newcomer} stays in the place of {@code leaving} (see {@link Connection#standIn}). */
    void standIn(CallLeg leaving, CallLeg newcomer) {
        legs.connect(legs.connection().standIn(leaving, newcomer));
    }

    /** The answered call ends (during a transfer): {@code by} hung up, if a device did. */
    void endAnswered(Optional<Party> by, Instant now) {
        call.end(Disposition.ANSWERED, by, now);
    }

    void recordHop(CallHop hop) {
        call.recordHop(hop);
    }

    String id() {
        return call.id();
    }
}
