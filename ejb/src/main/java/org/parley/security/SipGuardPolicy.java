package org.parley.security;

import java.time.Duration;
import java.util.Objects;

/**
 * The SIP authentication guard's rules.
 *
 * @param banAfter        failed authentications from one source address, within {@code window}, that ban it
 * @param window          the sliding window failures are counted in (per source and per extension)
 * @param firstBan        how long a first ban lasts; each further ban of the same source lasts twice the previous
 * @param maxBan          the longest ban
 * @param slowAfter       failed authentications against one extension, from any sources within {@code window}, from
 *                        which sources that never authenticated as it are answered at most once per growing delay
 * @param maxDelay        the longest such delay between two answers
 */
public record SipGuardPolicy(int banAfter, Duration window, Duration firstBan, Duration maxBan, int slowAfter,
        Duration maxDelay) {

    /** The first delay once an extension is slowed down; it doubles with each further failure. */
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    public SipGuardPolicy {
        positive("banAfter", banAfter);
        positive("slowAfter", slowAfter);
        positive("window", Objects.requireNonNull(window, "window"));
        positive("firstBan", Objects.requireNonNull(firstBan, "firstBan"));
        positive("maxDelay", Objects.requireNonNull(maxDelay, "maxDelay"));
        if (Objects.requireNonNull(maxBan, "maxBan").compareTo(firstBan) < 0) {
            throw new IllegalArgumentException("the longest ban (" + maxBan + ") is shorter than the first (" + firstBan
                    + ")");
        }
    }

    /** The length of the {@code n}-th ban (from 1): the first ban doubled {@code n - 1} times, at most the longest. */
    public Duration banLength(int n) {
        return doubled(firstBan, n - 1, maxBan);
    }

    /** The delay after the {@code n}-th failure beyond {@code slowAfter} (from 0). */
    public Duration delay(int n) {
        return doubled(FIRST_DELAY, n, maxDelay);
    }

    private static Duration doubled(Duration first, int times, Duration max) {
        Duration d = first;
        for (int i = 0; i < times && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than zero, not " + value);
        }
    }
}
