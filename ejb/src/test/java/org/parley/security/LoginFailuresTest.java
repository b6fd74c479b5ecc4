package org.parley.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in throttle's rules, with a clock that moves only when told. */
class LoginFailuresTest {

    /** The default per-user policy: delays from 5 failures, lockout at 10, 15 minutes. */
    private static final ThrottlePolicy POLICY = new ThrottlePolicy(5, 10, Duration.ofMinutes(15),
            Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final LoginFailures failures = new LoginFailures(POLICY, clock, 100);

    @Test
    void fewFailuresChangeNothing() {
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginFailures.Outcome.COUNTED, failures.failed("alice"));
        }
        assertEquals(Optional.empty(), failures.check("alice"));
        assertEquals(4, failures.failures("alice"));
    }

    @Test
    void fromTheFifthFailureTheNextAttemptMustWaitLongerEachTime() {
        fail(4);
        assertEquals(LoginFailures.Outcome.DELAYED, failures.failed("alice"));

        ThrottleRefusal early = failures.check("alice").orElseThrow();
        assertEquals(ThrottleRefusal.Kind.TOO_EARLY, early.kind());
        assertEquals(Duration.ofSeconds(1), early.retryAfter());
        assertEquals(1, early.retryAfterSeconds());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), failures.check("alice"), "allowed once the delay has passed");

        failures.failed("alice"); // 6th
        assertEquals(Duration.ofSeconds(2), failures.check("alice").orElseThrow().retryAfter());
        clock.advance(Duration.ofSeconds(2));
        failures.failed("alice"); // 7th
        assertEquals(Duration.ofSeconds(4), failures.check("alice").orElseThrow().retryAfter());
        clock.advance(Duration.ofMillis(1500));
        assertEquals(Duration.ofMillis(2500), failures.check("alice").orElseThrow().retryAfter());
        assertEquals(3, failures.check("alice").orElseThrow().retryAfterSeconds(), "Retry-After rounds up");
    }

    @Test
    void theTenthFailureLocksForFifteenMinutesThenStartsAfresh() {
        failUntilLocked();

        clock.advance(Duration.ofMinutes(14));
        ThrottleRefusal locked = failures.check("alice").orElseThrow();
        assertEquals(ThrottleRefusal.Kind.LOCKED_OUT, locked.kind());
        assertEquals(Duration.ofMinutes(1), locked.retryAfter());

        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), failures.check("alice"));
        assertEquals(0, failures.failures("alice"), "a new start after the lockout");
    }

    @Test
    void aSuccessForgetsTheFailuresButNotALockout() {
        fail(4);
        failures.reset("alice");
        assertEquals(0, failures.failures("alice"));

        failUntilLocked();
        failures.reset("alice");
        assertEquals(ThrottleRefusal.Kind.LOCKED_OUT, failures.check("alice").orElseThrow().kind());
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail(4);
        clock.advance(Duration.ofMinutes(10));
        fail(1);
        assertTrue(failures.check("alice").isPresent(), "5 failures within 15 minutes");

        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, failures.failures("alice"), "the first four have left the window");
        assertEquals(Optional.empty(), failures.check("alice"));
    }

    @Test
    void onlyTheFirstRefusalOfARunIsToBeReported() {
        fail(5);
        assertTrue(failures.check("alice").orElseThrow().first());
        assertFalse(failures.check("alice").orElseThrow().first());
        assertFalse(failures.check("alice").orElseThrow().first());

        clock.advance(Duration.ofSeconds(1));
        failures.failed("alice");
        assertTrue(failures.check("alice").orElseThrow().first(), "a new failure starts a new run");
    }

    @Test
    void keysAreIndependent() {
        failUntilLocked();
        assertEquals(Optional.empty(), failures.check("bob"));
    }

    @Test
    void memoryIsBoundedAndStaleKeysGoFirst() {
        LoginFailures small = new LoginFailures(POLICY, clock, 3);
        small.failed("old");
        clock.advance(Duration.ofMinutes(20)); // "old" has nothing left to remember
        small.failed("a");
        small.failed("b");
        small.failed("c");
        assertEquals(3, small.size());
        assertEquals(0, small.failures("old"));
        assertEquals(1, small.failures("a"));

        small.failed("d"); // full of recent failures: the oldest one goes
        assertEquals(3, small.size());
        assertEquals(0, small.failures("a"));
        assertEquals(1, small.failures("d"));
    }

    @Test
    void delaysDoubleUpToTheMaximum() {
        assertEquals(Duration.ZERO, POLICY.delayAfterFailures(4));
        assertEquals(Duration.ofSeconds(1), POLICY.delayAfterFailures(5));
        assertEquals(Duration.ofSeconds(16), POLICY.delayAfterFailures(9));
        assertEquals(Duration.ofMinutes(1), POLICY.delayAfterFailures(40));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            failures.failed("alice");
        }
    }

    private void failUntilLocked() {
        for (int i = 1; i < 10; i++) {
            failures.failed("alice");
            clock.advance(POLICY.delayAfterFailures(i));
        }
        assertEquals(LoginFailures.Outcome.LOCKED_OUT, failures.failed("alice"));
    }
}
