package org.parley.security;

import java.time.Duration;
import java.util.Objects;

/**
 * A sign-in attempt refused before its credentials were checked.
 *
 * @param kind       why
 * @param retryAfter how long until an attempt may be made again
 * @param failures   failed attempts that led to it
 * @param first      whether this is the first refusal since the last failure or lockout (log it; not the others)
 */
public record ThrottleRefusal(Kind kind, Duration retryAfter, int failures, boolean first) {

    /** Why an attempt is refused. */
    public enum Kind {
        /** It came too early after recent failures. */
        TOO_EARLY,
        /** Too many failures: nothing is accepted until the lockout ends. */
        LOCKED_OUT
    }

    public ThrottleRefusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Whole seconds to wait, rounded up, at least 1: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
