package org.parley.call.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.call.CallHop;
import org.parley.call.Destination;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.SessionDescription;

/**
 * Whom a call rings and for how long: every registered device of an extension (and its extra devices) at once, or
 * one trunk; and what forwarding decided on the way there.
 *
 * @param callee               the party called
 * @param trunk                the trunk used, for outside numbers
 * @param destinations         where the legs go
 * @param ringTime             how long they ring before the call gives up
 * @param hops                 the forwards taken to get here (before ringing), to record in the call's history
 * @param presentedAs          whom the legs present the call as coming from, when a forward's rule chose it
 * @param forwardsAfterRinging the extension whose busy, no-answer or unavailable rule steers the call once its
 *                             devices have rung, if it has one
 * @param confirmations        the destinations that must be confirmed by key ("press 1 to accept"), each with the
 *                             extension whose forward or extra device asks it
 */
record DestinationPlan(Party callee, Optional<String> trunk, List<Destination> destinations, Duration ringTime,
        List<CallHop> hops, Optional<Party> presentedAs, Optional<String> forwardsAfterRinging,
        Map<Destination, String> confirmations) {

    DestinationPlan {
        destinations = List.copyOf(destinations);
        hops = List.copyOf(hops);
        confirmations = Map.copyOf(confirmations);
    }

    DestinationPlan(Party callee, Optional<String> trunk, List<Destination> destinations, Duration ringTime,
            List<CallHop> hops, Optional<Party> presentedAs, Optional<String> forwardsAfterRinging) {
        this(callee, trunk, destinations, ringTime, hops, presentedAs, forwardsAfterRinging, Map.of());
    }

    DestinationPlan(Party callee, Optional<String> trunk, List<Destination> destinations, Duration ringTime) {
        this(callee, trunk, destinations, ringTime, List.of(), Optional.empty(), Optional.empty());
    }

    /** The legs to open, presented as coming from {@code from}, carrying {@code offer}. */
    List<OutgoingLeg> legs(Party from, SessionDescription offer) {
        return legs(from, offer, 70);
    }

    List<OutgoingLeg> legs(Party from, SessionDescription offer, int maxForwards) {
        return legs(from, offer, maxForwards, hops);
    }

    /**
     * The legs to open, carrying the call's whole history (forwards and transfers so far); presented as coming from
     * the party a forward's rule chose, else from {@code from}.
     */
    List<OutgoingLeg> legs(Party from, SessionDescription offer, int maxForwards, List<CallHop> history) {
        Party presented = presentedAs.orElse(from);
        return destinations.stream().map(d -> {
            OutgoingLeg leg = new OutgoingLeg(presented, reached(d), d, offer, maxForwards, history);
            return confirmations.containsKey(d) ? leg.confirmedFor(confirmations.get(d)) : leg;
        }).toList();
    }

    /**
     * Who a leg reaches: the party called, or, when forwarding or an extra device sent the call elsewhere, the
     * extension or number actually rung (so that the record shows who finally answered).
     */
    private Party reached(Destination d) {
        if (d instanceof Destination.Device device && !device.extension().equals(callee.number())) {
            return Party.of(device.extension());
        }
        if (d instanceof Destination.Trunk trunk && !trunk.number().equals(callee.number())) {
            return Party.of(trunk.number());
        }
        return callee;
    }

    /** This plan with a different trunk (an inbound call names the trunk it came in on). */
    DestinationPlan onTrunk(Optional<String> trunkUsed) {
        return new DestinationPlan(callee, trunkUsed, destinations, ringTime, hops, presentedAs, forwardsAfterRinging,
                confirmations);
    }

    /** This plan with every destination confirmed by key on behalf of {@code extension} (its forward asks it). */
    DestinationPlan confirmedFor(Optional<String> extension) {
        if (extension.isEmpty()) {
            return this;
        }
        Map<Destination, String> all = new java.util.HashMap<>(confirmations);
        destinations.forEach(d -> all.put(d, extension.get()));
        return new DestinationPlan(callee, trunk, destinations, ringTime, hops, presentedAs, forwardsAfterRinging, all);
    }
}
