package org.parley.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed sign-ins under one key (a user name, or a client address) slow down further attempts. Failures count
 * within a sliding {@code window}. From {@code delayAfter} failures on, the next attempt must wait: {@code firstDelay}
 * after the last failure, doubling with each further failure up to {@code maxDelay}. At {@code lockoutAfter} failures
 * every attempt is refused for {@code lockout}, after which the key starts afresh.
 *
 * @param delayAfter   failures before attempts are delayed
 * @param lockoutAfter failures before attempts are refused for {@code lockout}
 * @param window       how long a failure counts
 * @param lockout      how long a lockout lasts
 * @param firstDelay   the first delay
 * @param maxDelay     the longest delay
 */
public record ThrottlePolicy(int delayAfter, int lockoutAfter, Duration window, Duration lockout, Duration firstDelay,
        Duration maxDelay) {

    public ThrottlePolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (delayAfter < 1 || lockoutAfter < delayAfter) {
            throw new IllegalArgumentException("need 1 <= delayAfter <= lockoutAfter, got " + delayAfter + " and "
                    + lockoutAfter);
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || firstDelay.isNegative()
                || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("durations must be positive and maxDelay >= firstDelay");
        }
    }

    /** The wait after the last of {@code failures} failures (zero below {@link #delayAfter()}). */
    public Duration delayAfterFailures(int failures) {
        if (failures < delayAfter) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - delayAfter, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    @Override
    public String toString() {
        return "delay after " + delayAfter + ", lockout after " + lockoutAfter + " failures within "
                + window.toMinutes() + " min, lockout " + lockout.toMinutes() + " min";
    }
}
