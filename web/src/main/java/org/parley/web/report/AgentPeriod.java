package org.parley.web.report;

import java.time.Instant;
import java.util.Optional;
import org.parley.platform.error.InvalidInputException;
import org.parley.web.api.Periods;

/**
 * The period of an agent report from its {@code from} / {@code to} texts (dates or instants, as every report): from
 * midnight UTC today and until now when not given; never past now (an agent's future is not connected time yet).
 *
 * @param from its start
 * @param to   its end
 */
record AgentPeriod(Instant from, Instant to) {

    /** @throws InvalidInputException naming {@code from} or {@code to} */
    static AgentPeriod of(String from, String to, Instant now) {
        return of(Periods.instant("from", from, false), Periods.instant("to", to, true), now);
    }

    /** @throws InvalidInputException naming {@code to} when the period has not begun */
    static AgentPeriod of(Optional<Instant> from, Optional<Instant> to, Instant now) {
        Instant start = from.orElse(WallboardReader.today(now));
        Instant end = to.filter(t -> t.isBefore(now)).orElse(now);
        if (!end.isAfter(start)) {
            throw new InvalidInputException("to", "must be after from (and from before now)");
        }
        return new AgentPeriod(start, end);
    }
}
