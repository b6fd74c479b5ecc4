package org.parley.tracing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which call records to find; every part is optional.
 *
 * @param from        calls started at or after
 * @param to          calls started before
 * @param extension   calls an extension made, received or answered
 * @param number      calls from or to a number (as stored: E.164 or extension)
 * @param disposition calls that ended this way (ANSWERED, NO ANSWER, BUSY, FAILED, CANCELLED)
 */
public record CallRecordQuery(Optional<Instant> from, Optional<Instant> to, Optional<String> extension,
        Optional<String> number, Optional<String> disposition) {

    public CallRecordQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(disposition, "disposition");
    }

    public static CallRecordQuery all() {
        return new CallRecordQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
