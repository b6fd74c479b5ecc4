package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A call and its legs: the decisions of call control (RFC 3261 B2BUA behaviour: forked destination legs, first 2xx
 * wins, the others cancelled; caller cancel; ring timeout; hang-up from either side). Each method applies one fact,
 * moves the state machines and returns the {@link CallAction}s the signalling side must carry out, in order.
 * Callers hold {@link #lock()} around a method and its actions: everything about one call is serialised.
 */
public final class Call {

    /** Statuses that mean the called party is busy (RFC 3261 §21.4.24, §21.6.1, §21.6.2). */
    private static final Set<Integer> BUSY_STATUSES = Set.of(486, 600, 603);
    /** Statuses that mean nobody answered or nobody is there. */
    private static final Set<Integer> NO_ANSWER_STATUSES = Set.of(408, 480, 487);
    /** Final statuses of a leg that concern Parley's own request, not the caller's: never relayed as they are. */
    private static final Set<Integer> NOT_RELAYED_STATUSES = Set.of(401, 407, 487);

    private final String id;
    private final CallDirection direction;
    private final Party caller;
    private final Party callee;
    private final Instant createdAt;
    private final String trunk;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, CallLeg> legs = new LinkedHashMap<>();
    private CallState state = CallState.SETUP;
    private boolean callerRingSent;
    private boolean earlyMediaSent;
    private CallLeg answeredOrigin;
    private CallLeg answeredDestination;
    private Instant answeredAt;
    private Instant endedAt;
    private Disposition disposition;
    private Party endedBy;
    private boolean held;
    private boolean steered;
    private final List<CallHop> hops = new ArrayList<>();

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
        if (legs.putIfAbsent(leg.id(), leg) != null) {
            throw new IllegalArgumentException("leg " + leg.id() + " is already part of call " + id);
        }
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
        if (answeredOrigin != null) {
            actions.add(new CallAction.Hangup(answeredOrigin.id()));
        }
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
        Disposition d = BUSY_STATUSES.contains(status) ? Disposition.BUSY
                : NO_ANSWER_STATUSES.contains(status) ? Disposition.NO_ANSWER : Disposition.FAILED;
        end(d, Optional.empty(), now);
        return actions;
    }

    /** A 1xx on an outgoing leg. */
    public List<CallAction> progress(String legId, int status, SessionDescription body, Instant now) {
        CallLeg leg = leg(legId);
        List<CallAction> actions = new ArrayList<>();
        if (leg.isOver() || state == CallState.ENDED || state == CallState.ANSWERED) {
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
        if (leg.role() == CallLeg.Role.ORIGIN) {
            return originAnswered(leg, body, now);
        }
        if (state == CallState.ANSWERED || state == CallState.ENDED) {
            leg.apply(LegState.Trigger.ANSWER, now);
            actions.add(new CallAction.Hangup(leg.id())); // another device answered first
            return actions;
        }
        leg.apply(LegState.Trigger.ANSWER, now);
        answeredDestination = leg;
        state = CallState.TABLE.require(state, CallState.Trigger.ANSWER);
        answeredAt = now;
        CallLeg origin = inboundOrigin().orElse(answeredOrigin);
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
        if (answeredOrigin != null || state == CallState.ENDED) {
            actions.add(new CallAction.Hangup(leg.id()));
            return actions;
        }
        answeredOrigin = leg;
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
        if (answeredDestination != null && !answeredDestination.offerSent() && !ackBody.isEmpty()) {
            actions.add(new CallAction.Acknowledge(answeredDestination.id(), ackBody));
        }
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
        if (state == CallState.ENDED) {
            return actions;
        }
        if (leg.role() == CallLeg.Role.ORIGIN) {
            if (answeredOrigin == null && allOver(CallLeg.Role.ORIGIN)) {
                end(dispositionOf(CallLeg.Role.ORIGIN), Optional.empty(), now);
            }
            return actions;
        }
        if (state != CallState.ANSWERED && allOver(CallLeg.Role.DESTINATION) && steered) {
            state = CallState.TABLE.require(state, CallState.Trigger.WAIT);
            actions.add(new CallAction.DestinationsExhausted(dispositionOf(CallLeg.Role.DESTINATION), status));
            return actions;
        }
        if (state != CallState.ANSWERED && allOver(CallLeg.Role.DESTINATION)) {
            Disposition d = dispositionOf(CallLeg.Role.DESTINATION);
            inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(callerStatus(d, status),
                    SessionDescription.none())));
            if (answeredOrigin != null) {
                actions.add(new CallAction.Hangup(answeredOrigin.id()));
            }
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
        if (state != CallState.ENDED && state != CallState.ANSWERED) {
            cancelPending(CallLeg.Role.DESTINATION, actions);
            end(Disposition.CANCELLED, Optional.of(leg.party()), now);
        }
        return actions;
    }

    /** Nobody answered within the ring time. */
    public List<CallAction> ringTimeout(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ANSWERED || state == CallState.ENDED) {
            return actions;
        }
        if (steered) {
            return stopRinging(Disposition.NO_ANSWER, 480, now);
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        cancelPending(CallLeg.Role.ORIGIN, actions);
        inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(480, SessionDescription.none())));
        if (answeredOrigin != null) {
            actions.add(new CallAction.Hangup(answeredOrigin.id()));
        }
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
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ANSWERED || state == CallState.ENDED) {
            return actions;
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        for (CallLeg leg : legs.values()) {
            if (leg.role() == CallLeg.Role.DESTINATION && !leg.isOver() && !leg.state().isAnswered()) {
                leg.finalStatus(487);
                leg.apply(LegState.Trigger.END, now);
            }
        }
        state = CallState.TABLE.require(state, CallState.Trigger.WAIT);
        if (steered) {
            actions.add(new CallAction.DestinationsExhausted(outcome, status));
        }
        return actions;
    }

    /**
     * Parley takes the call itself to confirm something (a feature code, an agent logging in): the caller's INVITE is
     * answered with {@code answer} (refusing media) and the call counts as answered; hang it up a moment later.
     */
    public List<CallAction> answerLocally(SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<CallLeg> origin = inboundOrigin();
        if (origin.isEmpty() || state == CallState.ANSWERED || state == CallState.ENDED) {
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
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ANSWERED || state == CallState.ENDED) {
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
        if (state == CallState.ANSWERED && (leg == answeredDestination || isConnectedOrigin(leg))) {
            Optional<Party> by = byRemote ? Optional.of(leg.party()) : Optional.empty();
            end(Disposition.ANSWERED, by, now);
            return actions;
        }
        if (leg == answeredOrigin) {
            // click-to-dial: the extension hung up while the destination was still being rung
            cancelPending(CallLeg.Role.DESTINATION, actions);
            end(Disposition.CANCELLED, Optional.of(leg.party()), now);
        }
        return actions;
    }

    /** Parley hangs the call up (REST, console). */
    public List<CallAction> hangup(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (state == CallState.ENDED) {
            return actions;
        }
        if (state == CallState.ANSWERED) {
            for (CallLeg leg : legs.values()) {
                if (leg.state().isAnswered()) {
                    actions.add(new CallAction.Hangup(leg.id()));
                }
            }
            end(Disposition.ANSWERED, Optional.empty(), now);
            return actions;
        }
        cancelPending(CallLeg.Role.DESTINATION, actions);
        cancelPending(CallLeg.Role.ORIGIN, actions);
        inboundOrigin().ifPresent(o -> actions.add(new CallAction.RespondToCaller(480, SessionDescription.none())));
        if (answeredOrigin != null) {
            actions.add(new CallAction.Hangup(answeredOrigin.id()));
        }
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

    /** Cancels (outgoing, unanswered) or rejects every pending leg of this role. */
    private void cancelPending(CallLeg.Role role, List<CallAction> actions) {
        for (CallLeg leg : legs.values()) {
            if (leg.role() == role && !leg.isOver() && !leg.state().isAnswered() && !isInboundOrigin(leg)) {
                actions.add(new CallAction.Cancel(leg.id()));
            }
        }
    }

    private boolean isConnectedOrigin(CallLeg leg) {
        return leg.role() == CallLeg.Role.ORIGIN && (leg == answeredOrigin || isInboundOrigin(leg));
    }

    private boolean isInboundOrigin(CallLeg leg) {
        return leg.role() == CallLeg.Role.ORIGIN && direction != CallDirection.ORIGINATED;
    }

    /** The caller's inbound leg (every direction but click-to-dial has one). */
    private Optional<CallLeg> inboundOrigin() {
        return legs.values().stream().filter(this::isInboundOrigin).findFirst();
    }

    private boolean allOver(CallLeg.Role role) {
        return legs.values().stream().filter(l -> l.role() == role).allMatch(CallLeg::isOver);
    }

    private Disposition dispositionOf(CallLeg.Role role) {
        List<Integer> statuses = legs.values().stream().filter(l -> l.role() == role)
                .flatMap(l -> l.finalStatus().stream()).toList();
        if (statuses.stream().anyMatch(BUSY_STATUSES::contains)) {
            return Disposition.BUSY;
        }
        if (!statuses.isEmpty() && statuses.stream().allMatch(NO_ANSWER_STATUSES::contains)) {
            return Disposition.NO_ANSWER;
        }
        return Disposition.FAILED;
    }

    /**
     * What the caller is told when nobody could be reached. A device's or carrier's 401/407 challenged Parley's own
     * INVITE: it means nothing to the caller (who could only answer it for Parley's realm, and gets no challenge with
     * it), so it is not relayed (RFC 3261 §22.3: a 407 without Proxy-Authenticate is malformed).
     */
    private static int callerStatus(Disposition d, int lastStatus) {
        return switch (d) {
            case BUSY -> 486;
            case NO_ANSWER -> 480;
            default -> lastStatus >= 400 && lastStatus < 700 && !NOT_RELAYED_STATUSES.contains(lastStatus)
                    ? lastStatus : 480;
        };
    }

    private void end(Disposition d, Optional<Party> by, Instant now) {
        state = CallState.TABLE.require(state, CallState.Trigger.END);
        disposition = d;
        endedBy = by.orElse(null);
        endedAt = now;
    }

    private CallLeg leg(String legId) {
        CallLeg leg = legs.get(legId);
        if (leg == null) {
            throw new IllegalArgumentException("leg " + legId + " is not part of call " + id);
        }
        return leg;
    }

    public boolean hasLeg(String legId) {
        return legs.containsKey(legId);
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
        return Optional.ofNullable(answeredDestination);
    }

    /** The origin leg that answered a click-to-dial. */
    public Optional<CallLeg> answeredOrigin() {
        return Optional.ofNullable(answeredOrigin);
    }

    public List<CallLeg> legs() {
        return List.copyOf(legs.values());
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
