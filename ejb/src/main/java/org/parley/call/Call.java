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
    private final Transfers transfers;

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
        this.transfers = new Transfers(this, legs);
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
        Optional<Transfer> transfer = transferOf(leg);
        if (transfer.isPresent()) {
            return transfer.get().targetProgress(leg, now);
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
        Optional<Transfer> transfer = transferOf(leg);
        if (transfer.isPresent()) {
            return transfer.get().targetAnswered(leg, body, now);
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
        Optional<Transfer> transfer = transferOf(leg);
        if (transfer.isPresent()) {
            return transfer.get().targetFailed(now);
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
        if (transfers.current().isPresent()) {
            return transfers.current().get().timeout(now);
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
            return transfers.steering().orElseThrow().stopped(outcome, status, now);
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
            return transfers.steering().orElseThrow().givenUp(status, now);
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
        if (transfers.current().isPresent()) {
            return transfers.current().get().legEnded(leg, byRemote, now);
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
        if (state != CallState.ANSWERED || transfers.current().isPresent() || !isConnected(leg)) {
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
                transfers.transferLeft();
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

    // --- transfer (RFC 3515, RFC 5589): Transfers starts one; the transfer under way decides until it is over ---

    /** Whether a transfer may start now: the call is answered and both parties' legs are confirmed. */
    public boolean canTransfer() {
        return transfers.canTransfer();
    }

    /**
     * A party asks to hand the call on (blind, or through the API attended: consulting its target first); a REFER
     * that comes while no transfer can start is refused with 491 (see {@link Transfers#startTransfer}).
     *
     * @throws IllegalStateException when the API asks while {@link #canTransfer()} is false
     */
    public List<CallAction> startTransfer(TransferRequest request, Instant now) {
        return transfers.startTransfer(request, now);
    }

    /** Attended transfer by REFER with Replaces (RFC 5589 §7): the target's leg, handed over, joins this call. */
    public List<CallAction> startAttendedTransfer(TransferRequest request, LegView target, Instant now) {
        return transfers.startAttendedTransfer(request, target, now);
    }

    /** The party on the other side of {@code legId} while the call could be transferred. */
    public Optional<LegView> partnerOf(String legId) {
        return transfers.partnerOf(legId);
    }

    /** Attended transfer, the consultation call: the leg to the target goes to the transferor's call. */
    public List<CallAction> handOver(String legId, Instant now) {
        return transfers.handOver(legId, now);
    }

    /** An INVITE with Replaces (RFC 3891) takes the place of leg {@code replacedLegId}; 481 or 488 when it cannot. */
    public List<CallAction> replace(String replacedLegId, CallLeg replacing, String transactionKey,
            SessionDescription offer, Instant now) {
        return transfers.replace(replacedLegId, replacing, transactionKey, offer, now);
    }

    /** Attended transfer, the consultation call: the other call gives the target's leg back. */
    public List<CallAction> takeBack(String targetLeg, SessionDescription pendingOffer, Instant now) {
        return transfers.takeBack(targetLeg, pendingOffer, now);
    }

    /** The legs ringing the transfer target were opened (filed with {@link #addLeg} first); none: it failed. */
    public List<CallAction> transferTargetsDialled(List<String> legIds, Instant now) {
        return transfers.transferTargetsDialled(legIds, now);
    }

    /** The transfer target cannot be called (no such number, refused, not registered): the transfer fails. */
    public List<CallAction> transferRefused(int status, Instant now) {
        return transfers.transferRefused(status, now);
    }

    /** A leg answered the re-INVITE that gives it a transfer's new session. */
    public List<CallAction> reoffered(String legId, int status, SessionDescription answer, Instant now) {
        return transfers.reoffered(legId, status, answer, now);
    }

    /** Whether the API may complete or cancel the transfer under way: an attended one through the API, still open. */
    public boolean consultationOpen() {
        return transfers.consultationOpen();
    }

    /** API attended transfer, completed; {@link IllegalStateException} when {@link #consultationOpen()} is false. */
    public List<CallAction> completeTransfer(Instant now) {
        return transfers.completeTransfer(now);
    }

    /** API attended transfer, cancelled; {@link IllegalStateException} when {@link #consultationOpen()} is false. */
    public List<CallAction> cancelTransfer(Instant now) {
        return transfers.cancelTransfer(now);
    }

    /** Whether the last transfer connected its target (false: it failed and the call went on as before). */
    public boolean lastTransferDone() {
        return transfers.lastTransferDone();
    }

    /** The party being handed on by the transfer under way (the one the target will talk to). */
    public Optional<Party> transferredParty() {
        return transfers.transferredParty();
    }

    /** Who asks for the transfer under way (its target's INVITE says so, RFC 3892). */
    public Optional<ReferredBy> referredBy() {
        return transfers.referredBy();
    }

    /** The target of the transfer under way is a steerer (a queue), see {@link SteeredTargets}. */
    public void steerTransfer() {
        transfers.steerTransfer();
    }

    /** Whether a steerer (a queue) chooses the targets of the transfer under way. */
    public boolean isSteeredTransfer() {
        return transfers.isSteeredTransfer();
    }

    /** A steerer rang targets for the transfer under way (filed with {@link #addLeg} first); none: it hears so. */
    public List<CallAction> steeredTargetsDialled(List<String> legIds, Instant now) {
        return transfers.steeredTargetsDialled(legIds, now);
    }

    /** The steerer sends the transfer on to one target for good (a queue's fallback): what it rang is cancelled. */
    public List<CallAction> transferDiverted(Instant now) {
        return transfers.transferDiverted(now);
    }

    /** The target of the transfer under way forwards it: these forwards join the history after the transfer. */
    public void transferForwarded(List<CallHop> forwards) {
        transfers.transferForwarded(forwards);
    }

    /** The transfer under way: its target, for views. */
    public Optional<Party> transferTarget() {
        return transfers.transferTarget();
    }

    /** Who the transfer's target sees calling: the transferor when it consults the target first, else who stays. */
    public Optional<Party> transferPresentedAs() {
        return transfers.transferPresentedAs();
    }

    /** The transfer under way, for views. */
    public Optional<TransferView> transferView() {
        return transfers.transferView();
    }

    /** Moves the call (a transfer starting or over). */
    void move(CallState.Trigger trigger) {
        state = CallState.TABLE.require(state, trigger);
    }

    /** The transfer under way, when {@code leg} rings or answers for its target. */
    private Optional<Transfer> transferOf(CallLeg leg) {
        return transfers.current().filter(t -> t.isTarget(leg));
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

    void end(Disposition d, Optional<Party> by, Instant now) {
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
