package org.parley.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SipAuthFailuresTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    /** 3 failures within 60 s ban for 10 s, then 20, 40 (at most 30); 5 failures against an extension slow it. */
    private static final SipGuardPolicy POLICY = new SipGuardPolicy(3, Duration.ofSeconds(60), Duration.ofSeconds(10),
            Duration.ofSeconds(30), 5, Duration.ofSeconds(8));

    private final SteppingClock clock = new SteppingClock(START);
    private final SipAuthFailures failures = new SipAuthFailures(POLICY, clock, 100);

    @Test
    void aSourceIsBannedAtTheThresholdWithinTheWindow() {
        assertTrue(failures.failed("192.0.2.1", "2001").isEmpty());
        assertTrue(failures.failed("192.0.2.1", "2002").isEmpty());
        Optional<SipBan> ban = failures.failed("192.0.2.1", "2003");

        assertEquals(Optional.of(new SipBan("192.0.2.1", START, START.plusSeconds(10), 3, 1)), ban);
        assertEquals(List.of(ban.get()), failures.bans());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(), failures.bans(), "the ban is over at its end");
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        failures.failed("192.0.2.1", "2001");
        failures.failed("192.0.2.1", "2001");
        clock.advance(Duration.ofSeconds(61));
        assertTrue(failures.failed("192.0.2.1", "2001").isEmpty());
        assertTrue(failures.failed("192.0.2.1", "2001").isEmpty());
        assertTrue(failures.failed("192.0.2.1", "2001").isPresent());
    }

    @Test
    void anotherSourceIsNotBanned() {
        for (int i = 0; i < 3; i++) {
            failures.failed("192.0.2.1", "2001");
        }
        assertTrue(failures.failed("192.0.2.2", "2001").isEmpty());
        assertEquals(List.of("192.0.2.1"), failures.bans().stream().map(SipBan::address).toList());
    }

    @Test
    void eachRepeatBanLastsTwiceAsLongUpToTheLongest() {
        List<Duration> lengths = new java.util.ArrayList<>();
        for (int round = 0; round < 4; round++) {
            Optional<SipBan> ban = Optional.empty();
            for (int i = 0; i < 3; i++) {
                ban = failures.failed("192.0.2.1", "2001");
            }
            lengths.add(Duration.between(ban.orElseThrow().since(), ban.get().until()));
            clock.advance(Duration.between(clock.instant(), ban.get().until()));
        }
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
                Duration.ofSeconds(30)), lengths);
    }

    @Test
    void aBanLongAgoNoLongerLengthensTheNext() {
        for (int i = 0; i < 3; i++) {
            failures.failed("192.0.2.1", "2001");
        }
        clock.advance(SipAuthFailures.REPEAT_MEMORY.plusSeconds(11));
        Optional<SipBan> ban = Optional.empty();
        for (int i = 0; i < 3; i++) {
            ban = failures.failed("192.0.2.1", "2001");
        }
        assertEquals(1, ban.orElseThrow().repeat());
    }

    @Test
    void liftingEndsTheBanAndForgetsTheFailures() {
        for (int i = 0; i < 3; i++) {
            failures.failed("192.0.2.1", "2001");
        }
        assertTrue(failures.lift("192.0.2.1"));
        assertEquals(List.of(), failures.bans());
        assertFalse(failures.lift("192.0.2.1"), "nothing left to lift");
        assertTrue(failures.failed("192.0.2.1", "2001").isEmpty(), "counting starts afresh");
    }

    @Test
    void anExtensionUnderAttackAnswersUnknownSourcesAtMostOncePerGrowingDelay() {
        for (int i = 0; i < 5; i++) {
            failures.failed("198.51.100." + i, "2001");
        }
        assertTrue(failures.admits("203.0.113.9", "2001"), "the first request is answered");
        assertFalse(failures.admits("203.0.113.10", "2001"), "the next within the delay is not");
        clock.advance(SipGuardPolicy.FIRST_DELAY);
        assertTrue(failures.admits("203.0.113.10", "2001"));
        failures.failed("198.51.100.9", "2001");
        clock.advance(SipGuardPolicy.FIRST_DELAY);
        assertTrue(failures.admits("203.0.113.11", "2001"));
        clock.advance(SipGuardPolicy.FIRST_DELAY);
        assertFalse(failures.admits("203.0.113.11", "2001"), "one failure more: the delay doubled to 2 s");
        clock.advance(SipGuardPolicy.FIRST_DELAY);
        assertTrue(failures.admits("203.0.113.11", "2001"));
        assertTrue(failures.admits("203.0.113.11", "2002"), "other extensions are not slowed");
    }

    @Test
    void theRealPhoneKeepsBeingAnsweredWhileItsExtensionIsUnderAttack() {
        failures.succeeded("10.0.0.5", "2001");
        for (int i = 0; i < 50; i++) {
            failures.failed("198.51.100." + i, "2001");
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(failures.admits("10.0.0.5", "2001"));
        }
    }

    @Test
    void memoryIsBounded() {
        SipAuthFailures small = new SipAuthFailures(POLICY, clock, 2);
        small.failed("192.0.2.1", "2001");
        small.failed("192.0.2.1", "2001");
        small.failed("192.0.2.2", "2001");
        small.failed("192.0.2.3", "2001");
        assertTrue(small.failed("192.0.2.1", "2001").isEmpty(), "the least recently seen source was forgotten");
    }

    @Test
    void thePolicyRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new SipGuardPolicy(0, Duration.ofSeconds(60),
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5, Duration.ofSeconds(8)));
        assertThrows(IllegalArgumentException.class, () -> new SipGuardPolicy(3, Duration.ofSeconds(60),
                Duration.ofSeconds(10), Duration.ofSeconds(5), 5, Duration.ofSeconds(8)));
    }
}
