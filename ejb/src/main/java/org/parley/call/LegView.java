package org.parley.call;

import java.time.Instant;
import java.util.Optional;

/** A leg as shown to people and systems. */
public record LegView(String id, CallLeg.Role role, Party party, String device, LegState state, Instant createdAt,
        Optional<Instant> answeredAt, Optional<Instant> endedAt, Optional<Integer> finalStatus) {

    public static LegView of(CallLeg leg) {
        return new LegView(leg.id(), leg.role(), leg.party(), leg.device(), leg.state(), leg.createdAt(),
                leg.answeredAt(), leg.endedAt(), leg.finalStatus());
    }
}
