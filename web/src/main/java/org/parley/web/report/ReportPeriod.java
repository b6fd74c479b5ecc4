package org.parley.web.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The period presets of the console's reports (days in UTC). */
public enum ReportPeriod {
    TODAY("Today"), YESTERDAY("Yesterday"), LAST_7_DAYS("Last 7 days"), THIS_MONTH("This month"),
    CUSTOM("From / to");

    private final String label;

    ReportPeriod(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /**
     * The days this period covers, seen on {@code today} (UTC); {@code from} / {@code to} for a custom one (either
     * may be open).
     */
    public Days days(LocalDate today, LocalDate from, LocalDate to) {
        return switch (this) {
            case TODAY -> new Days(Optional.of(today), Optional.of(today));
            case YESTERDAY -> new Days(Optional.of(today.minusDays(1)), Optional.of(today.minusDays(1)));
            case LAST_7_DAYS -> new Days(Optional.of(today.minusDays(6)), Optional.of(today));
            case THIS_MONTH -> new Days(Optional.of(today.withDayOfMonth(1)), Optional.of(today));
            case CUSTOM -> new Days(Optional.ofNullable(from), Optional.ofNullable(to));
        };
    }

    /**
     * A period's days, both included.
     *
     * @param first the first day, if bounded
     * @param last  the last day, if bounded
     */
    public record Days(Optional<LocalDate> first, Optional<LocalDate> last) {

        /** When the first day begins (00:00 UTC), if bounded. */
        public Optional<Instant> start() {
            return first.map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
        }

        /** When the last day ends (00:00 UTC of the next), if bounded. */
        public Optional<Instant> end() {
            return last.map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }
}
