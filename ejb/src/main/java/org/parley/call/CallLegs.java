package org.parley.call;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legs of one call and who is connected to whom ({@link Connection}): which leg is the caller's inbound one, which
 * side each connected leg is on, which legs are still pending, and the rounds of destinations a steerer rang.
 */
final class CallLegs {

    private final String callId;
    private final CallDirection direction;
    private final Map<String, CallLeg> legs = new LinkedHashMap<>();
    /** Destination legs of rounds already reported exhausted to the steerer: a later round's outcome is its own. */
    private final Set<String> earlierRounds = new HashSet<>();
    private Connection connection = Connection.NONE;
    /** The destination legs to be confirmed by key ("press 1 to accept"), and where each one is. */
    private final Map<String, ConfirmStage> confirmations = new LinkedHashMap<>();

    CallLegs(String callId, CallDirection direction) {
        this.callId = callId;
        this.direction = direction;
    }

    void add(CallLeg leg) {
        if (legs.putIfAbsent(leg.id(), leg) != null) {
            throw new IllegalArgumentException("leg " + leg.id() + " is already part of call " + callId);
        }
    }

    CallLeg get(String legId) {
        CallLeg leg = legs.get(legId);
        if (leg == null) {
            throw new IllegalArgumentException("leg " + legId + " is not part of call " + callId);
        }
        return leg;
    }

    boolean contains(String legId) {
        return legs.containsKey(legId);
    }

    List<CallLeg> all() {
        return List.copyOf(legs.values());
    }

    Connection connection() {
        return connection;
    }

    void connect(Connection next) {
        connection = next;
    }

    /** The caller's inbound leg (every direction but click-to-dial has one). */
    Optional<CallLeg> inboundOrigin() {
        return legs.values().stream().filter(this::isInboundOrigin).findFirst();
    }

    boolean isInboundOrigin(CallLeg leg) {
        return leg.role() == CallLeg.Role.ORIGIN && direction != CallDirection.ORIGINATED;
    }

    /** The destination side's connected leg; {@link IllegalStateException} before the answer. */
    CallLeg destination() {
        return connection.destination()
                .orElseThrow(() -> new IllegalStateException("call " + callId + " has no connected destination"));
    }

    /** The origin side's connected leg: the caller's, the click-to-dial origin's, or one that took its place. */
    Optional<CallLeg> origin() {
        return connection.originInPlace().or(connection::answeredOrigin).or(this::inboundOrigin);
    }

    /** One of the two legs that make up the answered call. */
    boolean isConnected(CallLeg leg) {
        if (connection.isDestination(leg)) {
            return true;
        }
        return connection.originInPlace().map(o -> o == leg).orElseGet(() -> leg.role() == CallLeg.Role.ORIGIN
                && (connection.answeredOrigin().map(o -> o == leg).orElse(false) || isInboundOrigin(leg)));
    }

    /** A connected leg whose 2xx is acknowledged: an inbound one has its ACK; an outgoing one Parley acknowledged. */
    boolean settled(CallLeg leg) {
        return leg.state() == LegState.CONFIRMED || (leg.state() == LegState.ANSWERED && !isInboundOrigin(leg));
    }

    /** The leg must be confirmed by key when it answers. */
    void expectConfirmation(String legId) {
        get(legId);
        confirmations.put(legId, ConfirmStage.RINGING);
    }

    /** Where the confirmation of a leg is; empty for a leg that connects when it answers. */
    Optional<ConfirmStage> confirmation(String legId) {
        return Optional.ofNullable(confirmations.get(legId));
    }

    /** Moves the leg's confirmation, when {@code trigger} moves it; returns the stage reached. */
    Optional<ConfirmStage> confirm(String legId, ConfirmStage.Trigger trigger) {
        ConfirmStage stage = confirmations.get(legId);
        if (stage == null || !stage.accepts(trigger)) {
            return Optional.empty();
        }
        ConfirmStage next = stage.after(trigger);
        confirmations.put(legId, next);
        return Optional.of(next);
    }

    /**
     * Cancels (outgoing, unanswered) every pending leg of this role; a destination leg answered but still prompted
     * for its key is hung up, its confirmation withdrawn.
     */
    void cancelPending(CallLeg.Role role, List<CallAction> actions) {
        for (CallLeg leg : legs.values()) {
            if (leg.role() == role && !leg.isOver() && !leg.state().isAnswered() && !isInboundOrigin(leg)) {
                actions.add(new CallAction.Cancel(leg.id()));
                confirm(leg.id(), ConfirmStage.Trigger.WITHDRAWN);
            } else if (role == CallLeg.Role.DESTINATION && !leg.isOver()
                    && confirm(leg.id(), ConfirmStage.Trigger.WITHDRAWN).isPresent()) {
                actions.add(new CallAction.Hangup(leg.id()));
            }
        }
    }

    boolean allOver(CallLeg.Role role) {
        return legs.values().stream().filter(l -> l.role() == role).allMatch(CallLeg::isOver);
    }

    /** How the legs of this role in the current round ended. */
    Disposition outcome(CallLeg.Role role) {
        return LegOutcome.disposition(LegOutcome.statuses(legs.values().stream()
                .filter(l -> l.role() == role && !earlierRounds.contains(l.id())).toList()));
    }

    /** The destination legs rung so far are a closed round: what the next round's legs answer is judged alone. */
    void closeRound() {
        legs.values().stream().filter(l -> l.role() == CallLeg.Role.DESTINATION).map(CallLeg::id)
                .forEach(earlierRounds::add);
    }

    /** Pending destination legs count as over at once (a steerer stopped them): cancelled, 487. */
    void endPendingDestinations(java.time.Instant now) {
        for (CallLeg leg : legs.values()) {
            if (leg.role() == CallLeg.Role.DESTINATION && !leg.isOver() && !leg.state().isAnswered()) {
                leg.finalStatus(487);
                leg.apply(LegState.Trigger.END, now);
            }
        }
    }
}
