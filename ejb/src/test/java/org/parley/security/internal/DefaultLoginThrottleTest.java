package org.parley.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.security.ThrottleRefusal;

/** Who is held back by whose failures: per (user, address), per user from unusual addresses, per address. */
class DefaultLoginThrottleTest {

    private static final Optional<String> ADMIN = Optional.of("admin");
    private static final String OFFICE = "10.0.0.5";
    private static final String ATTACKER = "203.0.113.9";

    private final DefaultLoginThrottle throttle = new DefaultLoginThrottle();

    @BeforeEach
    void defaults() {
        LoginThrottleSettings settings = new LoginThrottleSettings();
        settings.userDelayAfter = 5;
        settings.userLockoutAfter = 10;
        settings.addressDelayAfter = 30;
        settings.addressLockoutAfter = 100;
        settings.lockoutMinutes = 15;
        throttle.settings = settings;
        throttle.clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
        throttle.init();
    }

    @Test
    void guessesFromElsewhereDoNotLockAUserOutOfTheirUsualAddress() {
        throttle.succeeded("admin", OFFICE);
        fail(ADMIN, ATTACKER, 10);

        assertEquals(ThrottleRefusal.Kind.LOCKED_OUT, throttle.check(ADMIN, ATTACKER).orElseThrow().kind(),
                "the guessing address is locked out for that user");
        assertEquals(Optional.empty(), throttle.check(ADMIN, OFFICE), "the usual address still signs in");
        assertEquals(Optional.empty(), throttle.check(Optional.of("ADMIN"), OFFICE), "whatever the case");
        assertTrue(throttle.check(ADMIN, "198.51.100.7").isPresent(),
                "an address the user never signed in from is held back by the user's lockout");
    }

    @Test
    void aUsersFailuresAtTheirUsualAddressStillLockThatAddress() {
        throttle.succeeded("admin", OFFICE);
        fail(ADMIN, OFFICE, 10);

        assertEquals(ThrottleRefusal.Kind.LOCKED_OUT, throttle.check(ADMIN, OFFICE).orElseThrow().kind());
    }

    @Test
    void manyUsersTriedFromOneAddressLockThatAddressForEveryone() {
        for (int i = 0; i < 100; i++) {
            throttle.failed(Optional.of("guess" + i), ATTACKER);
        }
        throttle.succeeded("admin", ATTACKER);

        assertEquals(ThrottleRefusal.Kind.LOCKED_OUT, throttle.check(ADMIN, ATTACKER).orElseThrow().kind());
        assertEquals(Optional.empty(), throttle.check(ADMIN, OFFICE));
    }

    @Test
    void aUserNeverSignedInIsLockedEverywhereByGuessesFromManyAddresses() {
        for (int i = 0; i < 10; i++) {
            fail(ADMIN, "203.0.113." + i, 1);
        }

        assertEquals(ThrottleRefusal.Kind.LOCKED_OUT, throttle.check(ADMIN, OFFICE).orElseThrow().kind(),
                "no usual address yet: spreading guesses over addresses does not escape the per-user lockout");
    }

    private void fail(Optional<String> user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }
}
