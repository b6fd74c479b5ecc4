package org.parley.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A call as shown to people and systems, at one moment: parties, state, times, legs, and how it ended.
 *
 * @param answeredBy the destination leg that answered (its device is the phone that took the call)
 * @param hops       forwards and transfers, in order
 * @param transfer   the transfer under way, while the call is {@link CallState#TRANSFERRING}
 */
public record CallView(String id, CallDirection direction, CallState state, Party caller, Party callee,
        Optional<String> trunk, Instant createdAt, Optional<Instant> answeredAt, Optional<Instant> endedAt,
        Optional<Disposition> disposition, Optional<LegView> answeredBy, Optional<Party> endedBy, boolean held,
        List<LegView> legs, List<CallHop> hops, Optional<TransferView> transfer) {

    public static CallView of(Call call) {
        return new CallView(call.id(), call.direction(), call.state(), call.caller(), call.callee(), call.trunk(),
                call.createdAt(), call.answeredAt(), call.endedAt(), call.disposition(),
                call.answeredBy().map(LegView::of), call.endedBy(), call.held(),
                call.legs().stream().map(LegView::of).toList(), call.hops(),
                call.transfer().view());
    }

    /** From start to end (or to now while it lasts). */
    public Duration duration(Instant now) {
        return Duration.between(createdAt, endedAt.orElse(now));
    }

    /** From answer to end; zero when never answered. */
    public Duration talkTime(Instant now) {
        return answeredAt.map(a -> Duration.between(a, endedAt.orElse(now))).orElse(Duration.ZERO);
    }
}
