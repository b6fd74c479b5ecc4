package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

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
    private Instant answeredAt;
    private Instant endedAt;
    private Disposition disposition;
    private Party endedBy;
    private final List<CallHop> hops = new ArrayList<>();
    private final CallSetup setup;
    private final Transfers transfers;
    private final ConnectedCall connected;
    private final CallTransfer transfer;

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
        this.setup = new CallSetup(this, legs);
        this.transfers = new Transfers(this, legs);
        this.connected = new ConnectedCall(this, legs, setup, transfers);
        this.transfer = new CallTransfer(transfers);
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
        CallLeg leg = legs.get(legId);
        leg.finalStatus(503);
        leg.apply(LegState.Trigger.END, now);
    }

    /** None of the legs just dialled could be sent: the caller is told, the call ends as failed. */
    public List<CallAction> nothingReachable(Instant now) {
        return setup.nothingReachable(now);
    }

    /**
     * The call cannot be placed (nobody registered, no such number, no route): the caller gets {@code status} and the
     * call ends at once, so that it still has its record.
     */
    public List<CallAction> refused(int status, Instant now) {
        return setup.refused(status, now);
    }

    /** A 1xx on an outgoing leg. */
    public List<CallAction> progress(String legId, int status, SessionDescription body, Instant now) {
        CallLeg leg = legs.get(legId);
        return transferOf(leg).map(t -> t.targetProgress(leg, now)).orElseGet(() -> setup.progress(leg, body, now));
    }

    /** A 2xx on an outgoing leg. */
    public List<CallAction> answered(String legId, SessionDescription body, Instant now) {
        CallLeg leg = legs.get(legId);
        if (leg.isOver()) {
            return new ArrayList<>();
        }
        return transferOf(leg).map(t -> t.targetAnswered(leg, body, now))
                .orElseGet(() -> setup.answered(leg, body, now));
    }

    /** The ACK for the 2xx Parley sent on the caller's inbound leg. */
    public List<CallAction> confirmed(String legId, SessionDescription ackBody, Instant now) {
        return setup.confirmed(legs.get(legId), ackBody, now);
    }

    /** A final non-2xx on an outgoing leg. */
    public List<CallAction> failed(String legId, int status, Instant now) {
        CallLeg leg = legs.get(legId);
        if (leg.isOver()) {
            return new ArrayList<>();
        }
        leg.finalStatus(status);
        leg.apply(LegState.Trigger.END, now);
        return transferOf(leg).map(t -> t.targetFailed(now)).orElseGet(() -> setup.failed(leg, status, now));
    }

    /** The caller CANCELled before anyone answered. */
    public List<CallAction> callerCancelled(String legId, Instant now) {
        return setup.callerCancelled(legs.get(legId), now);
    }

    /** Nobody answered within the ring time (a transfer's target, or the call's destinations). */
    public List<CallAction> ringTimeout(Instant now) {
        return transfers.current().map(t -> t.timeout(now)).orElseGet(() -> setup.ringTimeout(now));
    }

    /** Steering: a steerer (a queue) chooses this call's destinations over time (see {@link SteeredRounds}). */
    public void steer() {
        setup.rounds().steer();
    }

    /** Stops steering (a steerer diverting the call for good: what rings then ends the call if it fails). */
    public void unsteer() {
        setup.rounds().unsteer();
    }

    public boolean isSteered() {
        return setup.rounds().isSteered();
    }

    /** A steered call starts waiting: the caller hears ringing while nothing rings yet. */
    public List<CallAction> startWaiting(Instant now) {
        return setup.rounds().startWaiting(now);
    }

    /** A steerer stops what rings (for the call, or for its transfer's target); it then hears of it. */
    public List<CallAction> stopRinging(Disposition outcome, int status, Instant now) {
        return steered().stopped(outcome, status, now);
    }

    /** Parley answers the caller itself (a feature code, an agent logging in), refusing media; hang up later. */
    public List<CallAction> answerLocally(SessionDescription answer, Instant now) {
        return setup.answerLocally(answer, now);
    }

    /** Parley's media engine plays to the waiting caller (a queue's music): 183 with the engine's answer. */
    public List<CallAction> earlyMediaFromParley(SessionDescription answer, Instant now) {
        return setup.earlyMediaFromParley(answer, now);
    }

    /** A steerer gives up (no agent, maximum wait): the caller is told, or its transfer fails with {@code status}. */
    public List<CallAction> giveUp(int status, Instant now) {
        return steered().givenUp(status, now);
    }

    /** What a steerer acts on: the targets of a transfer into it, else the call's own rounds. */
    private Steered steered() {
        return transfers.steering().<Steered>map(s -> s).orElseGet(setup::rounds);
    }

    /** A leg's dialog is over (BYE from its device, or relayed, or closed by Parley). */
    public List<CallAction> legEnded(String legId, boolean byRemote, Instant now) {
        CallLeg leg = legs.get(legId);
        if (!leg.isOver()) {
            leg.apply(LegState.Trigger.END, now);
        }
        if (state == CallState.ENDED) {
            return new ArrayList<>();
        }
        return transfers.current().map(t -> t.legEnded(leg, byRemote, now))
                .orElseGet(() -> connected.legEnded(leg, byRemote, now));
    }

    /** A leg the connector hung up because its partner's device hung up (see {@link ConnectedCall}). */
    public List<CallAction> legEndedByPartner(String legId, Instant now) {
        return connected.legEndedByPartner(legs.get(legId), now);
    }

    /** Parley hangs the call up (REST, console). */
    public List<CallAction> hangup(Instant now) {
        return connected.hangup(now);
    }

    /** The far end of a leg changed the session (hold, resume). Returns whether the held state changed. */
    public boolean sessionChanged(String legId, SessionDescription body) {
        legs.get(legId);
        return connected.sessionChanged(body);
    }

    /**
     * A party's re-INVITE that the connector left to call control: a hold (the other party hears music) and what
     * follows it until the parties are back in direct media ({@link Hold}); {@code anchored} tells which legs already
     * have an endpoint on the media engine ({@code PARLEY_MEDIA_ANCHOR=always}: the hold reuses them).
     */
    public List<CallAction> sessionOffered(String legId, String transactionKey, SessionDescription offer,
            Predicate<String> anchored) {
        return connected.sessionOffered(legs.get(legId), transactionKey, offer, anchored);
    }

    /** The pause after a 491 to Parley's re-INVITE of {@code legId} is over: the hold offers again, if still waiting. */
    public List<CallAction> retryReoffer(String legId) {
        return isOver() ? new ArrayList<>() : connected.retryReoffer(legId);
    }

    /** Its legs that must be confirmed by key ("press 1 to accept", {@link ConfirmStage}). */
    public ConfirmingLegs confirmations() {
        return new ConfirmingLegs(this, legs, setup);
    }

    // --- transfer (RFC 3515, RFC 5589): Transfers starts one; the transfer under way decides until it is over ---

    /** The transfers of this call: the one under way and how the last one ended (see {@link CallTransfer}). */
    public CallTransfer transfer() {
        return transfer;
    }

    /**
     * Whether a transfer may start now: the call is answered, both parties' legs are confirmed, and no session is
     * being re-negotiated for a hold.
     */
    public boolean canTransfer() {
        return transfers.canTransfer() && !connected.negotiatingHold();
    }

    /**
     * A party asks to hand the call on (blind, or through the API attended: consulting its target first); a REFER
     * that comes while no transfer can start is refused with 491 (see {@link Transfers#startTransfer}).
     *
     * @throws IllegalStateException when the API asks while {@link #canTransfer()} is false
     */
    public List<CallAction> startTransfer(TransferRequest request, Instant now) {
        return connected.startTransfer(request, () -> transfers.startTransfer(request, now));
    }

    /** Attended transfer by REFER with Replaces (RFC 5589 §7): the target's leg, handed over, joins this call. */
    public List<CallAction> startAttendedTransfer(TransferRequest request, LegView target, Instant now) {
        return connected.startTransfer(request, () -> transfers.startAttendedTransfer(request, target, now));
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
        return connected.replace(replacing, transactionKey,
                () -> transfers.replace(replacedLegId, replacing, transactionKey, offer, now));
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
        if (transfers.current().isEmpty()) {
            return connected.reoffered(legId, status, answer).orElseGet(ArrayList::new);
        }
        return transfers.reoffered(legId, status, answer, now);
    }

    /** API attended transfer, completed; {@link IllegalStateException} when {@link CallTransfer#consultationOpen()} is false. */
    public List<CallAction> completeTransfer(Instant now) {
        return transfers.completeTransfer(now);
    }

    /** API attended transfer, cancelled; {@link IllegalStateException} when {@link CallTransfer#consultationOpen()} is false. */
    public List<CallAction> cancelTransfer(Instant now) {
        return transfers.cancelTransfer(now);
    }

    /** Moves the call (a transfer starting or over). */
    void move(CallState.Trigger trigger) {
        state = CallState.TABLE.require(state, trigger);
    }

    /** The transfer under way, when {@code leg} rings or answers for its target. */
    private Optional<Transfer> transferOf(CallLeg leg) {
        return transfers.current().filter(t -> t.isTarget(leg));
    }

    /** Answered: two parties connected, or one handing the call on. */
    public boolean isConnected() {
        return state == CallState.ANSWERED || state == CallState.TRANSFERRING;
    }

    /** The call is answered now. */
    void answeredNow(Instant now) {
        move(CallState.Trigger.ANSWER);
        answeredAt = now;
    }

    void end(Disposition d, Optional<Party> by, Instant now) {
        state = CallState.TABLE.require(state, CallState.Trigger.END);
        disposition = d;
        endedBy = by.orElse(null);
        endedAt = now;
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
        return connected.held();
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
