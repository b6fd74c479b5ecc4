package org.parley.test.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, polling; never a bare sleep. */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(50);

    private Await() {
    }

    /** Polls until the condition holds; fails with {@code what} when the deadline passes. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /** Polls until the supplier returns a value accepted by the check, and returns it. */
    public static <T> T value(Duration timeout, String what, Supplier<T> supplier,
            java.util.function.Predicate<T> check) {
        Instant deadline = Instant.now().plus(timeout);
        T last = supplier.get();
        while (!check.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what
                        + " (last value: " + last + ")");
            }
            LockSupport.parkNanos(POLL.toNanos());
            last = supplier.get();
        }
        return last;
    }
}
