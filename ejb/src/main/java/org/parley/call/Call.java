package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A call and its legs: the decisions of call control (RFC 3261 B2BUA behaviour: forked destination legs, first 2xx
 * wins, the others cancelled; caller cancel; ring timeout; hang-up from either side). Each method applies one fact,
 * moves the state machines and returns the {@link CallAction}s the signalling side must carry out, in order.
 * Callers hold {@link #lock()} around a method and its actions: everything about one call is serialised.
 */
public final class Call {

    private final String id;
    private final CallDirection direction;
    private final Party caller;
    private final Party callee;
    private final Instant createdAt;
    private final String trunk;
    private final ReentrantLock lock = new ReentrantLock();
    private final CallLegs legs;
    private CallState state = CallState.SETUP;
    private boolean callerRingSent;
    private boolean earlyMediaSent;
    private Instant answeredAt;
    private Instant endedAt;
    private Disposition disposition;
    private Party endedBy;
    private boolean held;
    private boolean steered;
    private final List<CallHop> hops = new ArrayList<>();
    /** The transfer under way, if any. */
    private Transfer transfer;
    /** Whether the last transfer connected its target (for the event that reports it). */
    private boolean lastTransferDone;

    /**
     * @param id        Parley's call id
     * @param direction internal, inbound, outbound or originated
     * @param caller    who calls (for click-to-dial: the extension rung first)
     * @param callee    who is called (as dialled, normalised)
     * @param trunk     the trunk the call uses, if any
     * @param createdAt when it started
     */
    public Call(String id, CallDirection direction, Party caller, Party callee, Optional<String> trunk,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.callee = Objects.requireNonNull(callee, "callee");
        this.trunk = trunk.orElse(null);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.legs = new CallLegs(id, direction);
    }

    /** The lock serialising everything about this call. */
    public ReentrantLock lock() {
        return lock;
    }

    /** Adds a leg (the caller's inbound leg, a forked destination, a click-to-dial origin). */
    public void addLeg(CallLeg leg) {
        if (state == CallState.ENDED) {
            throw new IllegalStateException("call " + id + " is over; no leg can join it");
        }
        legs.add(leg);
    }

    /** A leg that could not even be sent (no route to its device): over, without a decision yet. */
    public void notDialled(String legId, Instant now) {
        CallLeg leg = leg(legId);
        leg.finalStatus(503);
        leg.apply(LegState.Trigger.END, now);
    }

    /** None of the legs just dialled could be sent: the caller is told, the call ends as failed. */
    public List<CallAction> nothingReachable(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ENDED) {
            return actions;
        }
        inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(480, SessionDescription.none())));
        legs.connection().answeredOrigin().ifPresent(o -> actions.add(new CallAction.Hangup(o.id())));
        cancelPending(CallLeg.Role.ORIGIN, actions);
        end(Disposition.FAILED, Optional.empty(), now);
        return actions;
    }

    /**
     * The call cannot be placed (nobody registered, no such number, no route): the caller gets {@code status} and the
     * call ends at once, so that it still has its record.
     */
    public List<CallAction> refused(int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ENDED) {
            return actions;
        }
        inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(status, SessionDescription.none())));
        end(LegOutcome.disposition(List.of(status)), Optional.empty(), now);
        return actions;
    }

    /** A 1xx on an outgoing leg. */
    public List<CallAction> progress(String legId, int status, SessionDescription body, Instant now) {
        CallLeg leg = leg(legId);
        List<CallAction> actions = new ArrayList<>();
        if (transfer != null && transfer.isTarget(leg)) {
            return targetProgress(leg, now);
        }
        if (leg.isOver() || state == CallState.ENDED || isConnected()) {
            return actions;
        }
        leg.apply(LegState.Trigger.PROGRESS, now);
        if (leg.role() == CallLeg.Role.ORIGIN) {
            return actions; // the origin's own phone rings: nothing to relay
        }
        state = CallState.TABLE.require(state, CallState.Trigger.RING);
        Optional<CallLeg> origin = inboundOrigin();
        if (origin.isPresent()) {
            if (!body.isEmpty() && !earlyMediaSent) {
                earlyMediaSent = true;
                callerRingSent = true;
                origin.get().apply(LegState.Trigger.PROGRESS, now);
                actions.add(new CallAction.RespondToCaller(183, body));
            } else if (!callerRingSent) {
                callerRingSent = true;
                origin.get().apply(LegState.Trigger.PROGRESS, now);
                actions.add(new CallAction.RespondToCaller(180, SessionDescription.none()));
            }
        }
        return actions;
    }

    /** A 2xx on an outgoing leg. */
    public List<CallAction> answered(String legId, SessionDescription body, Instant now) {
        CallLeg leg = leg(legId);
        List<CallAction> actions = new ArrayList<>();
        if (leg.isOver()) {
            return actions;
        }
        if (transfer != null && transfer.isTarget(leg)) {
            return targetAnswered(leg, body, now);
        }
        if (leg.role() == CallLeg.Role.ORIGIN) {
            return originAnswered(leg, body, now);
        }
        if (isConnected() || state == CallState.ENDED) {
            leg.apply(LegState.Trigger.ANSWER, now);
            actions.add(new CallAction.Hangup(leg.id())); // another device answered first
            return actions;
        }
        leg.apply(LegState.Trigger.ANSWER, now);
        legs.connect(legs.connection().destinationAnswered(leg));
        state = CallState.TABLE.require(state, CallState.Trigger.ANSWER);
        answeredAt = now;
        CallLeg origin = inboundOrigin().or(legs.connection()::answeredOrigin).orElseThrow();
        // bridged before the caller has the answer: its ACK may be followed at once by a re-INVITE or INFO, which
        // must find the partner to be relayed to
        actions.add(new CallAction.Bridge(origin.id(), leg.id()));
        if (inboundOrigin().isPresent()) {
            origin.apply(LegState.Trigger.ANSWER, now);
            actions.add(new CallAction.RespondToCaller(200, body));
        } else {
            actions.add(new CallAction.Acknowledge(origin.id(), body));
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        return actions;
    }

    private List<CallAction> originAnswered(CallLeg leg, SessionDescription body, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        leg.apply(LegState.Trigger.ANSWER, now);
        if (legs.connection().answeredOrigin().isPresent() || state == CallState.ENDED) {
            actions.add(new CallAction.Hangup(leg.id()));
            return actions;
        }
        legs.connect(legs.connection().originAnswered(leg));
        cancelPending(CallLeg.Role.ORIGIN, actions);
        actions.add(new CallAction.DialDestination(body));
        return actions;
    }

    /** The ACK for the 2xx Parley sent on the caller's inbound leg. */
    public List<CallAction> confirmed(String legId, SessionDescription ackBody, Instant now) {
        CallLeg leg = leg(legId);
        List<CallAction> actions = new ArrayList<>();
        if (leg.state() != LegState.ANSWERED) {
            return actions;
        }
        leg.apply(LegState.Trigger.CONFIRM, now);
        legs.connection().answeredDestination().filter(d -> !d.offerSent() && !ackBody.isEmpty())
                .ifPresent(d -> actions.add(new CallAction.Acknowledge(d.id(), ackBody)));
        return actions;
    }

    /** A final non-2xx on an outgoing leg. */
    public List<CallAction> failed(String legId, int status, Instant now) {
        CallLeg leg = leg(legId);
        List<CallAction> actions = new ArrayList<>();
        if (leg.isOver()) {
            return actions;
        }
        leg.finalStatus(status);
        leg.apply(LegState.Trigger.END, now);
        if (transfer != null && transfer.isTarget(leg)) {
            return targetFailed(now);
        }
        if (state == CallState.ENDED || state == CallState.TRANSFERRING) {
            return actions;
        }
        if (leg.role() == CallLeg.Role.ORIGIN) {
            if (legs.connection().answeredOrigin().isEmpty() && allOver(CallLeg.Role.ORIGIN)) {
                end(dispositionOf(CallLeg.Role.ORIGIN), Optional.empty(), now);
            }
            return actions;
        }
        if (state != CallState.ANSWERED && allOver(CallLeg.Role.DESTINATION) && steered) {
            state = CallState.TABLE.require(state, CallState.Trigger.WAIT);
            actions.add(new CallAction.DestinationsExhausted(dispositionOf(CallLeg.Role.DESTINATION), status));
            closeRound();
            return actions;
        }
        if (state != CallState.ANSWERED && allOver(CallLeg.Role.DESTINATION)) {
            Disposition d = dispositionOf(CallLeg.Role.DESTINATION);
            int toCaller = LegOutcome.callerStatus(d, status);
            inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(toCaller,
                    SessionDescription.none())));
            legs.connection().answeredOrigin().ifPresent(o -> actions.add(new CallAction.Hangup(o.id())));
            end(d, Optional.empty(), now);
        }
        return actions;
    }

    /** The caller CANCELled before anyone answered. */
    public List<CallAction> callerCancelled(String legId, Instant now) {
        CallLeg leg = leg(legId);
        List<CallAction> actions = new ArrayList<>();
        if (!leg.isOver()) {
            leg.finalStatus(487);
            leg.apply(LegState.Trigger.END, now);
        }
        if (state != CallState.ENDED && !isConnected()) {
            cancelPending(CallLeg.Role.DESTINATION, actions);
            end(Disposition.CANCELLED, Optional.of(leg.party()), now);
        }
        return actions;
    }

    /** Nobody answered within the ring time. */
    public List<CallAction> ringTimeout(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer != null) {
            return transferTimeout(now);
        }
        if (state == CallState.ANSWERED || state == CallState.ENDED) {
            return actions;
        }
        if (steered) {
            return stopRinging(Disposition.NO_ANSWER, 480, now);
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        cancelPending(CallLeg.Role.ORIGIN, actions);
        inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(480, SessionDescription.none())));
        legs.connection().answeredOrigin().ifPresent(o -> actions.add(new CallAction.Hangup(o.id())));
        end(Disposition.NO_ANSWER, Optional.empty(), now);
        return actions;
    }

    /**
     * Steering: this call's destinations are chosen by a steerer (a queue) over time instead of once. Until it
     * answers, the call goes back to {@link CallState#WAITING} when what rings fails or its ring time passes, and the
     * steerer hears of it ({@link CallAction.DestinationsExhausted}) instead of the call ending.
     */
    public void steer() {
        steered = true;
    }

    /** Stops steering (a steerer diverting the call for good: what rings then ends the call if it fails). */
    public void unsteer() {
        steered = false;
    }

    public boolean isSteered() {
        return steered;
    }

    /** A steered call starts waiting: the caller hears ringing while nothing rings yet. */
    public List<CallAction> startWaiting(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        state = CallState.TABLE.require(state, CallState.Trigger.WAIT);
        Optional<CallLeg> origin = inboundOrigin();
        if (origin.isPresent() && !callerRingSent) {
            callerRingSent = true;
            origin.get().apply(LegState.Trigger.PROGRESS, now);
            actions.add(new CallAction.RespondToCaller(180, SessionDescription.none()));
        }
        return actions;
    }

    /**
     * A steerer stops what rings (an agent's ring time passed): pending destination legs are cancelled and count as
     * over at once, the call waits again, and the steerer hears of it.
     */
    public List<CallAction> stopRinging(Disposition outcome, int status, Instant now) {
        if (isSteeredTransfer()) {
            return steeredTargetsStopped(outcome, status, now);
        }
        List<CallAction> actions = new ArrayList<>();
        if (isConnected() || state == CallState.ENDED) {
            return actions;
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        legs.endPendingDestinations(now);
        state = CallState.TABLE.require(state, CallState.Trigger.WAIT);
        if (steered) {
            actions.add(new CallAction.DestinationsExhausted(outcome, status));
            closeRound();
        }
        return actions;
    }

    private void closeRound() {
        legs.closeRound();
    }

    /**
     * Parley takes the call itself to confirm something (a feature code, an agent logging in): the caller's INVITE is
     * answered with {@code answer} (refusing media) and the call counts as answered; hang it up a moment later.
     */
    public List<CallAction> answerLocally(SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<CallLeg> origin = inboundOrigin();
        if (origin.isEmpty() || isConnected() || state == CallState.ENDED) {
            return actions;
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        origin.get().apply(LegState.Trigger.ANSWER, now);
        state = CallState.TABLE.require(state, CallState.Trigger.ANSWER);
        answeredAt = now;
        actions.add(new CallAction.RespondToCaller(200, answer));
        return actions;
    }

    /** A steerer gives up on the call (no agent, maximum wait): pending legs are cancelled, the caller is told. */
    public List<CallAction> giveUp(int status, Instant now) {
        if (isSteeredTransfer()) {
            return steeredTransferGivenUp(status, now);
        }
        List<CallAction> actions = new ArrayList<>();
        if (isConnected() || state == CallState.ENDED) {
            return actions;
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        actions.addAll(refused(status, now));
        return actions;
    }

    /** A leg's dialog is over (BYE from its device, or relayed, or closed by Parley). */
    public List<CallAction> legEnded(String legId, boolean byRemote, Instant now) {
        CallLeg leg = leg(legId);
        List<CallAction> actions = new ArrayList<>();
        if (!leg.isOver()) {
            leg.apply(LegState.Trigger.END, now);
        }
        if (state == CallState.ENDED) {
            return actions;
        }
        if (transfer != null) {
            return legEndedInTransfer(leg, byRemote, now);
        }
        if (state == CallState.ANSWERED && isConnected(leg)) {
            Optional<Party> by = byRemote ? Optional.of(leg.party()) : Optional.empty();
            end(Disposition.ANSWERED, by, now);
            return actions;
        }
        if (legs.connection().answeredOrigin().map(o -> o == leg).orElse(false) && state != CallState.ANSWERED) {
            // click-to-dial: the extension hung up while the destination was still being rung
            cancelPending(CallLeg.Role.DESTINATION, actions);
            end(Disposition.CANCELLED, Optional.of(leg.party()), now);
        }
        return actions;
    }

    /**
     * A leg the connector hung up because the device on the other leg of its bridge hung up. The two legs' ends may
     * be reported in either order: when this one comes first, the call ends here with the other side's party as the
     * one who hung up, as if that device's own end had come first.
     */
    public List<CallAction> legEndedByPartner(String legId, Instant now) {
        CallLeg leg = leg(legId);
        if (state != CallState.ANSWERED || transfer != null || !isConnected(leg)) {
            return legEnded(legId, false, now);
        }
        Optional<CallLeg> partner = legs.connection().isDestination(leg) ? connectedOrigin()
                : legs.connection().destination();
        if (!leg.isOver()) {
            leg.apply(LegState.Trigger.END, now);
        }
        end(Disposition.ANSWERED, partner.map(CallLeg::party), now);
        return new ArrayList<>();
    }

    /** Parley hangs the call up (REST, console). */
    public List<CallAction> hangup(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ENDED) {
            return actions;
        }
        if (isConnected()) {
            for (CallLeg leg : legs.all()) {
                if (leg.state().isAnswered()) {
                    actions.add(new CallAction.Hangup(leg.id()));
                }
            }
            if (state == CallState.TRANSFERRING) {
                cancelPending(CallLeg.Role.DESTINATION, actions);
                transfer = null;
            }
            end(Disposition.ANSWERED, Optional.empty(), now);
            return actions;
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        cancelPending(CallLeg.Role.ORIGIN, actions);
        inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(480, SessionDescription.none())));
        legs.connection().answeredOrigin().ifPresent(o -> actions.add(new CallAction.Hangup(o.id())));
        end(Disposition.CANCELLED, Optional.empty(), now);
        return actions;
    }

    /** The far end of a leg changed the session (hold, resume). Returns whether the held state changed. */
    public boolean sessionChanged(String legId, SessionDescription body) {
        leg(legId);
        boolean nowHeld = body.holds();
        boolean changed = nowHeld != held;
        held = nowHeld;
        return changed;
    }

    // --- transfer (RFC 3515, RFC 5589) ---

    /** Whether a transfer may start now: the call is answered and both parties' legs are confirmed. */
    public boolean canTransfer() {
        return state == CallState.ANSWERED && legs.connection().answeredDestination().isPresent()
                && legs.settled(connectedDestination()) && connectedOrigin().map(legs::settled).orElse(false);
    }

    /**
     * A party asks to hand the call on. The transferor's leg leaves the bridge (its BYE must not end the other
     * party's), a REFER is accepted (202) and its transferor told "100 Trying"; the target is dialled next
     * ({@link #transferTargetsDialled}). Without a REFER's leg the party handed on is the outside one: the callee of
     * an outbound or click-to-dial call, the caller otherwise. A REFER that comes while no transfer can start (the
     * call not answered, another transfer under way, a leg not confirmed) is refused with 491.
     *
     * @throws IllegalStateException when the API asks while {@link #canTransfer()} is false
     */
    public List<CallAction> startTransfer(TransferRequest request, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<CallLeg> transferor = canTransfer() ? transferorOf(request) : Optional.empty();
        if (transferor.isEmpty()) {
            if (request.requestKey().isEmpty()) {
                throw new IllegalStateException("call " + id + " cannot be transferred in state " + state);
            }
            actions.add(new CallAction.AnswerTransferRequest(request.requestKey().get(), 491));
            return actions;
        }
        CallLeg from = transferor.get();
        CallLeg remaining = from == connectedDestination() ? connectedOrigin().orElseThrow() : connectedDestination();
        transfer = new Transfer(request, from, remaining);
        from.apply(LegState.Trigger.TRANSFER, now);
        state = CallState.TABLE.require(state, CallState.Trigger.TRANSFER);
        request.requestKey().ifPresent(key -> actions.add(new CallAction.AnswerTransferRequest(key, 202)));
        actions.add(new CallAction.Unbridge(from.id()));
        notifyTransferor(100, actions);
        return actions;
    }

    private Optional<CallLeg> transferorOf(TransferRequest request) {
        CallLeg origin = connectedOrigin().orElseThrow();
        if (request.transferorLeg().isPresent()) {
            String legId = request.transferorLeg().get();
            CallLeg destination = connectedDestination();
            return legId.equals(origin.id()) ? Optional.of(origin)
                    : legId.equals(destination.id()) ? Optional.of(destination) : Optional.empty();
        }
        boolean calleeIsOutside = direction == CallDirection.OUTBOUND || direction == CallDirection.ORIGINATED;
        return Optional.of(calleeIsOutside ? origin : connectedDestination());
    }

    /**
     * Attended transfer (RFC 5589 §7), the transferor's call: like {@link #startTransfer}, but the target is already
     * connected, on {@code target}, a leg handed over by the consultation call ({@link #handOver}). It gets a
     * re-INVITE without offer; its offer then goes to the remaining party ({@link #reoffered}).
     */
    public List<CallAction> startAttendedTransfer(TransferRequest request, LegView target, Instant now) {
        List<CallAction> actions = startTransfer(request, now);
        if (transfer == null || request.replacedLeg().isEmpty()) {
            return actions;
        }
        CallLeg leg = new CallLeg(target.id(), CallLeg.Role.DESTINATION, target.party(), target.device(), true, now);
        addLeg(leg);
        leg.apply(LegState.Trigger.ANSWER, now);
        transfer.targets.add(leg);
        transfer.answered = leg;
        transfer.consultation = request.replacedLeg().get();
        transfer.stage = TransferStage.COMPLETING;
        transfer.targetOfferAwaited = true;
        actions.add(new CallAction.Reoffer(leg.id(), SessionDescription.none()));
        return actions;
    }

    /**
     * The party on the other side of {@code legId} while the call could be transferred: in a consultation call, the
     * target of an attended transfer.
     */
    public Optional<LegView> partnerOf(String legId) {
        if (!canTransfer()) {
            return Optional.empty();
        }
        CallLeg origin = connectedOrigin().orElseThrow();
        if (legId.equals(origin.id())) {
            return Optional.of(LegView.of(connectedDestination()));
        }
        return legId.equals(connectedDestination().id()) ? Optional.of(LegView.of(origin)) : Optional.empty();
    }

    /**
     * Attended transfer, the consultation call: the transferor's leg {@code legId} leaves the bridge and the other
     * party's leg goes to the transferor's call. This call ends when the transferor's leg does; should the transfer
     * be refused at once, {@link #transferRefused} bridges the two again.
     */
    public List<CallAction> handOver(String legId, Instant now) {
        Party target = partnerOf(legId).map(LegView::party).orElseThrow(() ->
                new IllegalStateException("leg " + legId + " of call " + id + " cannot be handed over now"));
        List<CallAction> actions = startTransfer(new TransferRequest(target, Optional.of(legId), Optional.empty()),
                now);
        transfer.handedOver = true;
        return actions;
    }

    /**
     * An INVITE with Replaces (RFC 3891) names leg {@code replacedLegId} of this answered call: the new leg
     * {@code replacing} takes its place. The other party gets the newcomer's {@code offer} by re-INVITE, its answer goes
     * back in the newcomer's 200, the two are bridged and the replaced leg is hung up. Refused with 481 when the named
     * leg is not connected or the call cannot be transferred now, 488 without an offer.
     */
    public List<CallAction> replace(String replacedLegId, CallLeg replacing, String transactionKey,
            SessionDescription offer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<LegView> partner = partnerOf(replacedLegId);
        if (partner.isEmpty() || offer.isEmpty()) {
            actions.add(new CallAction.RespondToInvite(replacing.id(), transactionKey, offer.isEmpty() ? 488 : 481,
                    SessionDescription.none()));
            return actions;
        }
        actions.addAll(startTransfer(new TransferRequest(replacing.party(), Optional.of(replacedLegId),
                Optional.empty()), now));
        addLeg(replacing);
        transfer.answered = replacing;
        transfer.replacingKey = transactionKey;
        actions.add(new CallAction.Reoffer(transfer.remaining.id(), offer));
        return actions;
    }

    /**
     * Attended transfer, the consultation call: the transferor's call could not connect the target and gives its leg
     * {@code targetLeg} back. The transferor's leg here is bridged with it again; when the target made an offer there
     * that nobody answered ({@code pendingOffer}), the transferor's phone gets it by re-INVITE and its answer goes to
     * the target in the ACK first. A call that can no longer take it back hangs the target up.
     */
    public List<CallAction> takeBack(String targetLeg, SessionDescription pendingOffer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ENDED || transfer == null || !transfer.handedOver
                || !transfer.remaining.id().equals(targetLeg)) {
            actions.add(new CallAction.Hangup(targetLeg));
            return actions;
        }
        transfer.handedOver = false;
        if (pendingOffer.isEmpty()) {
            return transferFailed(487, now);
        }
        transfer.takingBack = true;
        actions.add(new CallAction.Reoffer(transfer.transferor.id(), pendingOffer));
        return actions;
    }

    /** The legs ringing the transfer target were opened (filed with {@link #addLeg} first); none: it failed. */
    public List<CallAction> transferTargetsDialled(List<String> legIds, Instant now) {
        if (transfer == null) {
            return new ArrayList<>();
        }
        legIds.forEach(legId -> transfer.targets.add(leg(legId)));
        return transfer.targetsOver() ? transferFailed(503, now) : new ArrayList<>();
    }

    /** The transfer target cannot be called (no such number, refused, not registered): the transfer fails. */
    public List<CallAction> transferRefused(int status, Instant now) {
        return transfer == null ? new ArrayList<>() : transferFailed(status, now);
    }

    /** The remaining party answered the re-INVITE that gives it the target's session. */
    public List<CallAction> reoffered(String legId, int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer != null && transfer.stage == TransferStage.JOINING && transfer.transferor.id().equals(legId)) {
            return transferorJoined(status, answer, now);
        }
        if (transfer != null && transfer.stage == TransferStage.RETURNING) {
            return returned(legId, status, answer, now);
        }
        if (transfer != null && transfer.takingBack && transfer.transferor.id().equals(legId)) {
            CallLeg target = transfer.remaining;
            if (status >= 300 || answer.isEmpty()) {
                actions.add(new CallAction.Hangup(target.id()));
                actions.addAll(transferFailed(status >= 300 ? status : 488, now));
                return actions;
            }
            actions.addAll(transferFailed(487, now));
            actions.add(new CallAction.Acknowledge(target.id(), answer));
            return actions;
        }
        if (transfer != null && transfer.targetOfferAwaited && transfer.answered.id().equals(legId)) {
            transfer.targetOfferAwaited = false;
            if (status >= 300 || answer.isEmpty()) {
                return transferFailed(status >= 300 ? status : 488, now);
            }
            transfer.targetOffer = answer;
            actions.add(new CallAction.Reoffer(transfer.remaining.id(), answer));
            return actions;
        }
        if (transfer == null || transfer.answered == null || !transfer.remaining.id().equals(legId)) {
            return actions;
        }
        if (transfer.replacingKey != null) {
            return replaced(status, answer, now);
        }
        if (status >= 300 || answer.isEmpty()) {
            return transferFailed(status >= 300 ? status : 488, now);
        }
        Transfer done = transfer;
        // bridged before the target has its ACK: it may send a re-INVITE or INFO at once, to be relayed
        actions.add(new CallAction.Bridge(done.remaining.id(), done.answered.id()));
        actions.add(new CallAction.Acknowledge(done.answered.id(), answer));
        if (!done.transferorGone) {
            notifyTransferor(200, actions);
            actions.add(new CallAction.Hangup(done.transferor.id()));
        }
        if (done.consultation != null) {
            actions.add(new CallAction.Hangup(done.consultation));
        }
        legs.connect(legs.connection().handedOn(done.transferor, done.answered));
        hops.add(new CallHop(CallHop.Type.TRANSFER, done.transferor.party(), done.request.target(),
                done.request.reason(), now));
        hops.addAll(done.forwards);
        transfer = null;
        lastTransferDone = true;
        state = CallState.TABLE.require(state, CallState.Trigger.TRANSFER_OVER);
        return actions;
    }

    /** The remaining party answered the re-INVITE for an INVITE with Replaces. */
    private List<CallAction> replaced(int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Transfer done = transfer;
        CallLeg newcomer = done.answered;
        if (status >= 300 || answer.isEmpty()) {
            actions.add(new CallAction.RespondToInvite(newcomer.id(), done.replacingKey, status >= 300 ? status : 488,
                    SessionDescription.none()));
            newcomer.finalStatus(status);
            newcomer.apply(LegState.Trigger.END, now);
            actions.addAll(transferFailed(status >= 300 ? status : 488, now));
            return actions;
        }
        newcomer.apply(LegState.Trigger.ANSWER, now);
        actions.add(new CallAction.Bridge(done.remaining.id(), newcomer.id()));
        actions.add(new CallAction.RespondToInvite(newcomer.id(), done.replacingKey, 200, answer));
        if (!done.transferorGone) {
            actions.add(new CallAction.Hangup(done.transferor.id()));
        }
        legs.connect(legs.connection().handedOn(done.transferor, newcomer));
        hops.add(new CallHop(CallHop.Type.TRANSFER, done.transferor.party(), newcomer.party(), "replaces", now));
        transfer = null;
        lastTransferDone = true;
        state = CallState.TABLE.require(state, CallState.Trigger.TRANSFER_OVER);
        return actions;
    }

    private List<CallAction> targetProgress(CallLeg leg, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (leg.isOver() || leg.state().isAnswered()) {
            return actions;
        }
        leg.apply(LegState.Trigger.PROGRESS, now);
        if (!transfer.ringNotified) {
            transfer.ringNotified = true;
            notifyTransferor(180, actions);
        }
        return actions;
    }

    /** A target answered with its offer (it was rung without one): the remaining party gets it by re-INVITE. */
    private List<CallAction> targetAnswered(CallLeg leg, SessionDescription offer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        leg.apply(LegState.Trigger.ANSWER, now);
        if (transfer.answered != null) {
            actions.add(new CallAction.Hangup(leg.id()));
            return actions;
        }
        transfer.answered = leg;
        for (CallLeg other : transfer.targets) {
            if (other != leg && !other.isOver() && !other.state().isAnswered()) {
                actions.add(new CallAction.Cancel(other.id()));
            }
        }
        if (offer.isEmpty()) {
            return transferFailed(488, now);
        }
        transfer.answeredOffer = offer;
        if (transfer.consults() && !transfer.transferorGone) {
            // consultation: the transferor meets the target first (3pcc: the target's offer, the transferor's answer)
            transfer.stage = TransferStage.JOINING;
            actions.add(new CallAction.Reoffer(transfer.transferor.id(), offer));
            return actions;
        }
        transfer.stage = TransferStage.COMPLETING;
        actions.add(new CallAction.Reoffer(transfer.remaining.id(), offer));
        return actions;
    }

    /** API attended transfer: the transferor answered the target's offer (it consults the target now), or refused it. */
    private List<CallAction> transferorJoined(int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (status >= 300 || answer.isEmpty()) {
            // the transferor kept its session: it simply gets the remaining party back
            return transferFailed(status >= 300 ? status : 488, now);
        }
        transfer.answeredOffer = null;
        if (transfer.answered.isOver()) {
            // the target hung up while the transferor was being given its session
            return transfer.remainingGone ? transferFailed(480, now) : returnToTransferor(actions);
        }
        if (transfer.remainingGone) {
            // the remaining party left meanwhile: the transferor and the target simply talk
            CallLeg target = transfer.answered;
            keepConsultation(actions, now);
            actions.add(new CallAction.Acknowledge(target.id(), answer));
            return actions;
        }
        actions.add(new CallAction.Acknowledge(transfer.answered.id(), answer));
        transfer.stage = TransferStage.CONSULTING;
        actions.add(new CallAction.Announce(CallEvent.Type.TRANSFER_CONSULTING));
        return actions;
    }

    /**
     * Whether the API may complete or cancel the transfer under way: an attended one through the API, its target
     * still ringing or consulted.
     */
    public boolean consultationOpen() {
        return transfer != null && transfer.consults() && !transfer.remainingGone
                && (transfer.stage == TransferStage.RINGING || transfer.stage == TransferStage.CONSULTING);
    }

    /**
     * API attended transfer, completed: the transferor is hung up; a consulted target gets a re-INVITE without offer
     * and its offer goes to the remaining party ({@link #reoffered}), who is bridged with it. A target still ringing
     * makes it a blind transfer: the remaining party gets the target's session once it answers.
     *
     * @throws IllegalStateException when {@link #consultationOpen()} is false
     */
    public List<CallAction> completeTransfer(Instant now) {
        requireConsultation();
        List<CallAction> actions = new ArrayList<>();
        actions.add(new CallAction.Hangup(transfer.transferor.id()));
        transfer.transferorGone = true;
        if (transfer.stage == TransferStage.CONSULTING) {
            completeConsultation(actions);
        }
        return actions;
    }

    /**
     * API attended transfer, cancelled: the target's legs are cancelled or hung up and the transferor gets the
     * remaining party back (a consulted target: the transferor's new offer, by re-INVITE without offer, goes to the
     * remaining party; see {@link #reoffered}).
     *
     * @throws IllegalStateException when {@link #consultationOpen()} is false
     */
    public List<CallAction> cancelTransfer(Instant now) {
        requireConsultation();
        List<CallAction> actions = new ArrayList<>();
        if (transfer.stage == TransferStage.RINGING) {
            cancelTargets(487, now, actions);
            actions.addAll(transferFailed(487, now));
            return actions;
        }
        actions.add(new CallAction.Hangup(transfer.answered.id()));
        transfer.answered.apply(LegState.Trigger.END, now);
        return returnToTransferor(actions);
    }

    private void requireConsultation() {
        if (!consultationOpen()) {
            throw new IllegalStateException("call " + id + " has no attended transfer to complete or cancel now");
        }
    }

    /** The consulted target is asked for a new offer, for the remaining party. */
    private void completeConsultation(List<CallAction> actions) {
        transfer.stage = TransferStage.COMPLETING;
        transfer.targetOfferAwaited = true;
        actions.add(new CallAction.Reoffer(transfer.answered.id(), SessionDescription.none()));
    }

    /** The consultation is over without a transfer: the transferor is asked for a new offer, for the remaining party. */
    private List<CallAction> returnToTransferor(List<CallAction> actions) {
        transfer.stage = TransferStage.RETURNING;
        actions.add(new CallAction.Reoffer(transfer.transferor.id(), SessionDescription.none()));
        return actions;
    }

    /**
     * Returning: the transferor's offer goes to the remaining party; the remaining party's answer goes to the
     * transferor in the ACK and the two are bridged again. A transferor that cannot offer is bridged again as it is
     * (the phones may re-INVITE each other); a remaining party refusing the offer ends the call.
     */
    private List<CallAction> returned(String legId, int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        boolean ok = status < 300 && !answer.isEmpty();
        if (legId.equals(transfer.transferor.id()) && transfer.transferorOffer == null) {
            if (!ok) {
                return transferFailed(487, now);
            }
            transfer.transferorOffer = answer;
            actions.add(new CallAction.Reoffer(transfer.remaining.id(), answer));
            return actions;
        }
        if (!legId.equals(transfer.remaining.id()) || transfer.transferorOffer == null) {
            return actions;
        }
        CallLeg transferor = transfer.transferor;
        if (!ok) {
            actions.add(new CallAction.Hangup(transferor.id()));
            actions.add(new CallAction.Hangup(transfer.remaining.id()));
            transfer = null;
            end(Disposition.ANSWERED, Optional.empty(), now);
            return actions;
        }
        actions.addAll(transferFailed(487, now));
        actions.add(new CallAction.Acknowledge(transferor.id(), answer));
        return actions;
    }

    private List<CallAction> targetFailed(Instant now) {
        if (transfer.answered != null || !transfer.targetsOver()) {
            return new ArrayList<>();
        }
        if (transfer.steered) {
            return steeredTargetsStopped(transferTargetsOutcome(), lastTargetStatus(), now);
        }
        return transferFailed(LegOutcome.representative(LegOutcome.statuses(transfer.targets)), now);
    }

    /** The target did not answer in its ring time. */
    private List<CallAction> transferTimeout(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer.answered != null) {
            return actions;
        }
        if (transfer.steered) {
            return steeredTargetsStopped(Disposition.NO_ANSWER, 480, now);
        }
        cancelTargets(408, now, actions);
        actions.addAll(transferFailed(408, now));
        return actions;
    }

    /** The target's legs still ringing are cancelled and count as over at once, with {@code status}. */
    private void cancelTargets(int status, Instant now, List<CallAction> actions) {
        for (CallLeg leg : transfer.targets) {
            if (!leg.isOver()) {
                actions.add(new CallAction.Cancel(leg.id()));
                leg.finalStatus(status);
                leg.apply(LegState.Trigger.END, now);
            }
        }
    }

    /**
     * During a transfer: the transferor may leave; if the remaining party leaves, the call is over, unless the
     * transferor consults the target (API attended transfer): then the two go on together.
     */
    private List<CallAction> legEndedInTransfer(CallLeg leg, boolean byRemote, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (leg == transfer.transferor && transfer.handedOver) {
            // a consultation call whose target went to the transferor's call: over
            transfer = null;
            end(Disposition.ANSWERED, byRemote ? Optional.of(leg.party()) : Optional.empty(), now);
            return actions;
        }
        if (leg == transfer.transferor && transfer.consults()) {
            return transferorLeftConsultation(byRemote, now);
        }
        if (leg == transfer.transferor) {
            transfer.transferorGone = true;
            return actions;
        }
        if (leg == transfer.answered && transfer.consults() && transfer.stage != TransferStage.COMPLETING) {
            // consulted (or being joined, or already left): the transferor gets the remaining party back
            return transfer.stage == TransferStage.CONSULTING ? returnToTransferor(actions) : actions;
        }
        if (leg == transfer.answered) {
            return transferFailed(480, now);
        }
        if (leg == transfer.remaining && transfer.consults() && !transfer.transferorGone) {
            if (transfer.stage == TransferStage.CONSULTING) {
                return keepConsultation(new ArrayList<>(), now);
            }
            if (transfer.stage == TransferStage.RINGING || transfer.stage == TransferStage.JOINING) {
                // the transferor's call to the target goes on; they talk once it answers (Asterisk's atxfer)
                transfer.remainingGone = true;
                transfer.remainingHungUp = byRemote ? leg.party() : null;
                return actions;
            }
        }
        if (leg == transfer.remaining) {
            return endTransferringCall(byRemote ? Optional.of(leg.party()) : Optional.empty(), now);
        }
        return actions;
    }

    /** The call ends during its transfer: the target's legs are cancelled or hung up, so is a transferor still on. */
    private List<CallAction> endTransferringCall(Optional<Party> by, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        for (CallLeg target : transfer.targets) {
            if (!target.isOver()) {
                actions.add(target.state().isAnswered() ? new CallAction.Hangup(target.id())
                        : new CallAction.Cancel(target.id()));
            }
        }
        if (!transfer.transferorGone) {
            notifyTransferor(487, actions);
            actions.add(new CallAction.Hangup(transfer.transferor.id()));
        }
        transfer = null;
        end(Disposition.ANSWERED, by, now);
        return actions;
    }

    /**
     * API attended transfer: the transferor hung up. While the target rings, or once the target's offer went to it,
     * the transfer goes on blind; while it consults the target, this completes the transfer (as Asterisk's atxfer
     * does); while it was being given the remaining party back, or once the remaining party left, nobody is left to
     * give it to: the call ends.
     */
    private List<CallAction> transferorLeftConsultation(boolean byRemote, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        transfer.transferorGone = true;
        if (transfer.remainingGone) {
            // the remaining party left before: nobody is left for the target
            return endTransferringCall(byRemote ? Optional.of(transfer.transferor.party()) : Optional.empty(), now);
        }
        switch (transfer.stage) {
            case JOINING -> {
                transfer.stage = TransferStage.COMPLETING;
                actions.add(new CallAction.Reoffer(transfer.remaining.id(), transfer.answeredOffer));
            }
            case CONSULTING -> completeConsultation(actions);
            case RETURNING -> {
                actions.add(new CallAction.Hangup(transfer.remaining.id()));
                Party by = transfer.transferor.party();
                transfer = null;
                end(Disposition.ANSWERED, byRemote ? Optional.of(by) : Optional.empty(), now);
            }
            default -> {
                // ringing: blind from now on; completing: the transferor was to be hung up anyway
            }
        }
        return actions;
    }

    /**
     * API attended transfer: the waiting party left while the transferor consults the target. As Asterisk does, the
     * two stay connected: they are bridged (their in-dialog requests relayed, either one's BYE ending the other's leg)
     * and the call goes on between them, the target in the waiting party's place. The transfer failed (nobody was
     * handed on: no hop); the record still names who answered the call.
     */
    private List<CallAction> keepConsultation(List<CallAction> actions, Instant now) {
        Transfer moot = transfer;
        transfer = null;
        lastTransferDone = false;
        actions.add(new CallAction.Bridge(moot.transferor.id(), moot.answered.id()));
        moot.transferor.apply(LegState.Trigger.RESUME, now);
        legs.connect(legs.connection().standIn(moot.remaining, moot.answered));
        state = CallState.TABLE.require(state, CallState.Trigger.TRANSFER_OVER);
        return actions;
    }

    /**
     * The transfer failed with {@code status}: the transferor hears it and gets the other party back (bridged again,
     * so it may resume); a transferor that already hung up leaves nobody to talk to, and the call ends.
     */
    private List<CallAction> transferFailed(int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Transfer failed = transfer;
        transfer = null;
        lastTransferDone = false;
        boolean targetHere = failed.answered != null && !failed.answered.isOver() && failed.replacingKey == null;
        if (failed.consultation != null && targetHere) {
            // attended: the target's leg came from the consultation call and goes back to it, with the offer it made
            // here when nobody answered it
            failed.answered.apply(LegState.Trigger.END, now);
            actions.add(new CallAction.GiveBack(failed.answered.id(), failed.consultation,
                    failed.targetOffer == null ? SessionDescription.none() : failed.targetOffer));
        } else if (failed.consultation != null) {
            actions.add(new CallAction.Hangup(failed.consultation));
        } else if (targetHere) {
            actions.add(new CallAction.Hangup(failed.answered.id()));
        }
        if (failed.remainingGone) {
            // the remaining party left while the target rang: the transferor has nobody to go back to
            actions.add(new CallAction.Hangup(failed.transferor.id()));
            end(Disposition.ANSWERED, Optional.ofNullable(failed.remainingHungUp), now);
            return actions;
        }
        if (failed.transferorGone) {
            actions.add(new CallAction.Hangup(failed.remaining.id()));
            end(Disposition.ANSWERED, Optional.empty(), now);
            return actions;
        }
        actions.add(new CallAction.Bridge(failed.transferor.id(), failed.remaining.id()));
        if (failed.request.referred()) {
            actions.add(new CallAction.NotifyTransferor(failed.transferor.id(), status));
        }
        failed.transferor.apply(LegState.Trigger.RESUME, now);
        state = CallState.TABLE.require(state, CallState.Trigger.TRANSFER_OVER);
        return actions;
    }

    private void notifyTransferor(int status, List<CallAction> actions) {
        if (transfer.request.referred() && !transfer.transferorGone) {
            actions.add(new CallAction.NotifyTransferor(transfer.transferor.id(), status));
        }
    }

    /** Whether the last transfer connected its target (false: it failed and the call went on as before). */
    public boolean lastTransferDone() {
        return lastTransferDone;
    }

    /** The party being handed on by the transfer under way (the one the target will talk to). */
    public Optional<Party> transferredParty() {
        return Optional.ofNullable(transfer).map(t -> t.remaining.party());
    }

    /** Who asks for the transfer under way (its target's INVITE says so, RFC 3892). */
    public Optional<ReferredBy> referredBy() {
        return Optional.ofNullable(transfer).map(t -> new ReferredBy(t.transferor.party(), t.request.referredBy()));
    }

    // --- a transfer to a steerer (a queue's number): the remaining party waits as a steered call's caller does ---

    /**
     * The target of the transfer under way is a steerer (a queue): nothing rings until it rings someone
     * ({@link #steeredTargetsDialled}); when what it rang fails, it hears of it
     * ({@link CallAction.DestinationsExhausted}) instead of the transfer failing; it may give up ({@link #giveUp}: the
     * transfer fails with its status). The first target to answer is connected as in a blind transfer.
     */
    public void steerTransfer() {
        if (transfer == null) {
            throw new IllegalStateException("call " + id + " has no transfer under way to steer");
        }
        transfer.steered = true;
    }

    /** Whether a steerer (a queue) chooses the targets of the transfer under way. */
    public boolean isSteeredTransfer() {
        return transfer != null && transfer.steered;
    }

    /** A steerer rang targets for the transfer under way (filed with {@link #addLeg} first); none: it hears so. */
    public List<CallAction> steeredTargetsDialled(List<String> legIds, Instant now) {
        if (!isSteeredTransfer()) {
            return new ArrayList<>();
        }
        legIds.forEach(legId -> transfer.targets.add(leg(legId)));
        return legIds.isEmpty() ? steeredTargetsStopped(Disposition.FAILED, 503, now) : new ArrayList<>();
    }

    /**
     * The steerer sends the transfer on to one target for good (a queue's fallback): what it rang is cancelled, and
     * from now on the transfer fails, as any other, when its target does.
     */
    public List<CallAction> transferDiverted(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (!isSteeredTransfer() || transfer.answered != null) {
            return actions;
        }
        cancelTransferTargets(actions, now);
        transfer.steered = false;
        return actions;
    }

    /** What rang for a steered transfer failed, timed out or was stopped: cancelled, and the steerer hears of it. */
    private List<CallAction> steeredTargetsStopped(Disposition outcome, int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer.answered != null) {
            return actions;
        }
        cancelTransferTargets(actions, now);
        actions.add(new CallAction.DestinationsExhausted(outcome, status));
        return actions;
    }

    /** The steerer gives up (no agent, maximum wait): the transfer fails with {@code status}. */
    private List<CallAction> steeredTransferGivenUp(int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer.answered != null) {
            return actions;
        }
        cancelTransferTargets(actions, now);
        actions.addAll(transferFailed(status, now));
        return actions;
    }

    private void cancelTransferTargets(List<CallAction> actions, Instant now) {
        for (CallLeg leg : transfer.targets) {
            if (!leg.isOver()) {
                actions.add(new CallAction.Cancel(leg.id()));
                leg.finalStatus(487);
                leg.apply(LegState.Trigger.END, now);
            }
        }
    }

    private Disposition transferTargetsOutcome() {
        return LegOutcome.disposition(LegOutcome.statuses(transfer.targets));
    }

    private int lastTargetStatus() {
        return LegOutcome.last(LegOutcome.statuses(transfer.targets));
    }

    /**
     * The target of the transfer under way forwards it (its unconditional or unavailable rule): these forwards join
     * the call's history right after the transfer, once it is done.
     */
    public void transferForwarded(List<CallHop> forwards) {
        if (transfer != null) {
            transfer.forwards.addAll(forwards);
        }
    }

    /** The transfer under way: its target, for views. */
    public Optional<Party> transferTarget() {
        return Optional.ofNullable(transfer).map(t -> t.request.target());
    }

    /** Who the transfer's target sees calling: the transferor when it consults the target first, else who stays. */
    public Optional<Party> transferPresentedAs() {
        return Optional.ofNullable(transfer).map(t -> t.consults() ? t.transferor.party() : t.remaining.party());
    }

    /** The transfer under way, for views. */
    public Optional<TransferView> transferView() {
        return Optional.ofNullable(transfer).map(Transfer::view);
    }

    private void cancelPending(CallLeg.Role role, List<CallAction> actions) {
        legs.cancelPending(role, actions);
    }

    /** Answered: two parties connected, or one handing the call on. */
    private boolean isConnected() {
        return state == CallState.ANSWERED || state == CallState.TRANSFERRING;
    }

    private boolean isConnected(CallLeg leg) {
        return legs.isConnected(leg);
    }

    private CallLeg connectedDestination() {
        return legs.destination();
    }

    private Optional<CallLeg> connectedOrigin() {
        return legs.origin();
    }

    private Optional<CallLeg> inboundOrigin() {
        return legs.inboundOrigin();
    }

    private boolean allOver(CallLeg.Role role) {
        return legs.allOver(role);
    }

    private Disposition dispositionOf(CallLeg.Role role) {
        return legs.outcome(role);
    }

    private void end(Disposition d, Optional<Party> by, Instant now) {
        state = CallState.TABLE.require(state, CallState.Trigger.END);
        disposition = d;
        endedBy = by.orElse(null);
        endedAt = now;
    }

    private CallLeg leg(String legId) {
        return legs.get(legId);
    }

    public boolean hasLeg(String legId) {
        return legs.contains(legId);
    }

    public String id() {
        return id;
    }

    public CallDirection direction() {
        return direction;
    }

    public Party caller() {
        return caller;
    }

    public Party callee() {
        return callee;
    }

    public CallState state() {
        return state;
    }

    public boolean isOver() {
        return state == CallState.ENDED;
    }

    public boolean held() {
        return held;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Disposition> disposition() {
        return Optional.ofNullable(disposition);
    }

    /** Who hung up, when a device did. */
    public Optional<Party> endedBy() {
        return Optional.ofNullable(endedBy);
    }

    public Optional<String> trunk() {
        return Optional.ofNullable(trunk);
    }

    /** The destination leg that answered. */
    public Optional<CallLeg> answeredBy() {
        return legs.connection().answeredDestination();
    }

    /** The origin leg that answered a click-to-dial. */
    public Optional<CallLeg> answeredOrigin() {
        return legs.connection().answeredOrigin();
    }

    public List<CallLeg> legs() {
        return legs.all();
    }

    /** Records a forward or transfer in the call's history. */
    public void recordHop(CallHop hop) {
        hops.add(Objects.requireNonNull(hop, "hop"));
    }

    /** Forwards and transfers so far, in order. */
    public List<CallHop> hops() {
        return List.copyOf(hops);
    }
}
