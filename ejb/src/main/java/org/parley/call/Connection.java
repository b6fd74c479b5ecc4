package org.parley.call;

import java.util.Optional;

/**
 * Who is connected to whom in a call, as one value: the legs that answered (the record's facts: a click-to-dial's
 * origin, the destination that answered) and the legs that took a side's place since (a transfer's target, a consulted
 * target staying in a waiting party's place). Each change gives a new value; nothing here is ever null to callers.
 */
final class Connection {

    /** Nobody answered yet. */
    static final Connection NONE = new Connection(null, null, null, null);

    private final CallLeg answeredOrigin;
    private final CallLeg answeredDestination;
    private final CallLeg originInPlace;
    private final CallLeg destinationInPlace;

    private Connection(CallLeg answeredOrigin, CallLeg answeredDestination, CallLeg originInPlace,
            CallLeg destinationInPlace) {
        this.answeredOrigin = answeredOrigin;
        this.answeredDestination = answeredDestination;
        this.originInPlace = originInPlace;
        this.destinationInPlace = destinationInPlace;
    }

    /** Click-to-dial: the origin's device answered. */
    Connection originAnswered(CallLeg leg) {
        return new Connection(leg, answeredDestination, originInPlace, destinationInPlace);
    }

    /** A destination's device answered. */
    Connection destinationAnswered(CallLeg leg) {
        return new Connection(answeredOrigin, leg, originInPlace, destinationInPlace);
    }

    /**
     * A transfer is done: {@code newcomer} takes the side of {@code leaving}. On the destination side the newcomer is
     * from now on who answered (the record names the transfer's target).
     */
    Connection handedOn(CallLeg leaving, CallLeg newcomer) {
        if (isDestination(leaving)) {
            return new Connection(answeredOrigin, newcomer, originInPlace, null);
        }
        return new Connection(answeredOrigin, answeredDestination, newcomer, destinationInPlace);
    }

    /**
     * {@code newcomer} stays in the place of {@code leaving} without a transfer (a consulted target whose waiting
     * party left): the record still names who answered.
     */
    Connection standIn(CallLeg leaving, CallLeg newcomer) {
        if (isDestination(leaving)) {
            return new Connection(answeredOrigin, answeredDestination, originInPlace, newcomer);
        }
        return new Connection(answeredOrigin, answeredDestination, newcomer, destinationInPlace);
    }

    /** The origin leg that answered a click-to-dial. */
    Optional<CallLeg> answeredOrigin() {
        return Optional.ofNullable(answeredOrigin);
    }

    /** The destination leg that answered (or the target a transfer connected in its place). */
    Optional<CallLeg> answeredDestination() {
        return Optional.ofNullable(answeredDestination);
    }

    /** The destination side's connected leg: who answered, a transfer's target, or a consulted target kept. */
    Optional<CallLeg> destination() {
        return Optional.ofNullable(destinationInPlace != null ? destinationInPlace : answeredDestination);
    }

    /** The origin side's leg once another took the place of the party that placed the call. */
    Optional<CallLeg> originInPlace() {
        return Optional.ofNullable(originInPlace);
    }

    /** Whether {@code leg} is the destination side's connected leg. */
    boolean isDestination(CallLeg leg) {
        return destination().map(d -> d == leg).orElse(false);
    }
}
