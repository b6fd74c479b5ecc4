package org.parley.web.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.parley.platform.error.InvalidInputException;

/** The {@code from} / {@code to} query parameters of reports. */
public final class Periods {

    private Periods() {
    }

    /**
     * An ISO instant, or a date (its start; for {@code to}, the start of the next day, so the day is included).
     *
     * @throws InvalidInputException naming {@code field} when it is neither
     */
    public static Optional<Instant> instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return Optional.of(Instant.parse(value));
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be a date (2026-11-21) or an instant (2026-11-21T09:30:00Z)");
        }
    }
}
