package org.parley.call.internal;

import java.time.Duration;
import java.util.List;
import org.parley.call.Destination;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.SessionDescription;

/**
 * Click-to-dial: ring the origin extension's devices first (showing the number it is about to call), then the
 * destination.
 *
 * @param origin         the extension that asked
 * @param originDevices  its registered devices
 * @param originRingTime how long they ring
 * @param destination    whom to ring once the origin answers
 */
record OriginatePlan(Party origin, List<Destination> originDevices, Duration originRingTime,
        DestinationPlan destination) {

    OriginatePlan {
        originDevices = List.copyOf(originDevices);
    }

    /** The same plan, the party called named {@code name} when it is not blank. */
    OriginatePlan named(String name) {
        if (name == null || name.isBlank()) {
            return this;
        }
        DestinationPlan d = destination;
        return new OriginatePlan(origin, originDevices, originRingTime, new DestinationPlan(
                new Party(d.callee().number(), name.strip()), d.trunk(), d.destinations(), d.ringTime(), d.hops(),
                d.presentedAs(), d.forwardsAfterRinging()));
    }

    /** INVITEs without an offer: the origin's phone makes it in its 200 (RFC 3725 flow I). */
    List<OutgoingLeg> originLegs() {
        return originDevices.stream()
                .map(d -> new OutgoingLeg(destination.callee(), origin, d, SessionDescription.none(), 70))
                .toList();
    }
}
