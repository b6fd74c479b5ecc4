package org.parley.call.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parley.call.Destination;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.SessionDescription;

/**
 * Whom a call rings and for how long: every registered device of an extension at once, or one trunk.
 *
 * @param callee       the party called
 * @param trunk        the trunk used, for outside numbers
 * @param destinations where the legs go
 * @param ringTime     how long they ring before the call gives up
 */
record DestinationPlan(Party callee, Optional<String> trunk, List<Destination> destinations, Duration ringTime) {

    DestinationPlan {
        destinations = List.copyOf(destinations);
    }

    /** The legs to open, presented as coming from {@code from}, carrying {@code offer}. */
    List<OutgoingLeg> legs(Party from, SessionDescription offer) {
        return legs(from, offer, 70);
    }

    List<OutgoingLeg> legs(Party from, SessionDescription offer, int maxForwards) {
        return destinations.stream().map(d -> new OutgoingLeg(from, callee, d, offer, maxForwards)).toList();
    }
}
