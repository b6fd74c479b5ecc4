package org.parley.web.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How the console writes instants: to the minute, in UTC, the way the server logs them. */
public final class ConsoleTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ConsoleTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** The instant written, or {@code absent} when there is none. */
    public static String format(Optional<Instant> instant, String absent) {
        return instant.map(ConsoleTime::format).orElse(absent);
    }
}
