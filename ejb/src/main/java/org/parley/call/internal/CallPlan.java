package org.parley.call.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parley.call.CallDirection;
import org.parley.call.CallSteererLocator;
import org.parley.call.Party;

/**
 * How an incoming call is carried out: its direction and whom it rings, or who steers it.
 *
 * @param direction   internal, inbound or outbound
 * @param destination whom it rings (for a steered call: no device, the party it is presented as calling)
 * @param steering    the steerer that decides whom it rings over time (a queue), if any
 */
record CallPlan(CallDirection direction, DestinationPlan destination,
        Optional<CallSteererLocator.Steering> steering) {

    CallPlan(CallDirection direction, DestinationPlan destination) {
        this(direction, destination, Optional.empty());
    }

    static CallPlan steered(CallDirection direction, CallSteererLocator.Steering steering, Optional<String> trunk) {
        return new CallPlan(direction, new DestinationPlan(steering.callee(), trunk, List.of(), Duration.ZERO),
                Optional.of(steering));
    }

    Party callee() {
        return destination.callee();
    }

    Optional<String> trunk() {
        return destination.trunk();
    }

    Duration ringTime() {
        return destination.ringTime();
    }
}
