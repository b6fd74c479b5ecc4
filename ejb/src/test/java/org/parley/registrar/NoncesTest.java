package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NoncesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Duration TTL = Duration.ofSeconds(300);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final Nonces nonces = new Nonces(KEY, TTL, clock);

    @Test
    void aFreshNonceIsValidAndSafeToQuote() {
        String nonce = nonces.issue();

        assertEquals(NonceStatus.VALID, nonces.check(nonce));
        assertTrue(nonce.matches("[A-Za-z0-9_-]{43}"), nonce);
    }

    @Test
    void everyNonceIsDifferent() {
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            issued.add(nonces.issue());
        }
        assertEquals(1000, issued.size());
    }

    @Test
    void aNonceStaysValidForItsTimeToLiveThenTurnsStale() {
        String nonce = nonces.issue();

        clock.advance(TTL);
        assertEquals(NonceStatus.VALID, nonces.check(nonce));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(NonceStatus.STALE, nonces.check(nonce));
    }

    @Test
    void aNonceFromTheFutureIsStale() {
        String nonce = nonces.issue();
        clock.advance(Duration.ofSeconds(-10));

        assertEquals(NonceStatus.STALE, nonces.check(nonce));
    }

    @Test
    void aNonceSignedWithAnotherKeyIsInvalid() {
        Nonces other = new Nonces("another key, also 32 bytes long!".getBytes(StandardCharsets.US_ASCII), TTL, clock);

        assertEquals(NonceStatus.INVALID, nonces.check(other.issue()));
    }

    @Test
    void aTamperedNonceIsInvalid() {
        String nonce = nonces.issue();
        // the first characters hold the issue time: make it look younger
        for (int position : new int[] {0, 5, 10, 20, 30, 42}) {
            char[] chars = nonce.toCharArray();
            chars[position] = chars[position] == 'A' ? 'B' : 'A';
            assertEquals(NonceStatus.INVALID, nonces.check(new String(chars)), "changed at " + position);
        }
    }

    @Test
    void aNonCanonicalSpellingOfAValidNonceIsInvalid() {
        String nonce = nonces.issue();
        // the last of 43 base64 characters carries 2 unused bits: flipping them decodes to the same bytes
        char last = nonce.charAt(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char variant = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String respelled = nonce.substring(0, 42) + variant;

        assertNotEquals(nonce, respelled);
        assertEquals(NonceStatus.INVALID, nonces.check(respelled));
        assertFalse(nonces.acceptCount(respelled, 1));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
            "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "\"quoted\"", "a,b"})
    void garbageIsInvalid(String nonce) {
        assertEquals(NonceStatus.INVALID, nonces.check(nonce));
    }

    @Test
    void truncatedOrExtendedNoncesAreInvalid() {
        String nonce = nonces.issue();

        assertEquals(NonceStatus.INVALID, nonces.check(nonce.substring(0, 42)));
        assertEquals(NonceStatus.INVALID, nonces.check(nonce.substring(1)));
        assertEquals(NonceStatus.INVALID, nonces.check(nonce + "A"));
        assertEquals(NonceStatus.INVALID, nonces.check(nonce + "="));
    }

    @Test
    void nonceCountsMustStrictlyIncrease() {
        String nonce = nonces.issue();

        assertTrue(nonces.acceptCount(nonce, 1));
        assertFalse(nonces.acceptCount(nonce, 1), "replay of the same count");
        assertTrue(nonces.acceptCount(nonce, 2));
        assertTrue(nonces.acceptCount(nonce, 7));
        assertFalse(nonces.acceptCount(nonce, 5), "lower than one seen");
        assertFalse(nonces.acceptCount(nonce, 7));
        assertTrue(nonces.acceptCount(nonce, 8));
    }

    @Test
    void countsAreKeptPerNonce() {
        String first = nonces.issue();
        String second = nonces.issue();

        assertTrue(nonces.acceptCount(first, 1));
        assertTrue(nonces.acceptCount(second, 1));
        assertEquals(2, nonces.trackedCount());
    }

    @Test
    void countsAreRefusedForNoncesThatAreNotValid() {
        String nonce = nonces.issue();

        assertFalse(nonces.acceptCount("garbage", 1));
        assertFalse(nonces.acceptCount(nonce, 0));
        assertFalse(nonces.acceptCount(nonce, -1));
        clock.advance(TTL.plusSeconds(1));
        assertFalse(nonces.acceptCount(nonce, 1), "stale");
        assertEquals(0, nonces.trackedCount(), "nothing is tracked for refused nonces");
    }

    @Test
    void forgettingExpiredCountersBoundsTheMemory() {
        for (int i = 0; i < 50; i++) {
            assertTrue(nonces.acceptCount(nonces.issue(), 1));
        }
        clock.advance(Duration.ofSeconds(200));
        String recent = nonces.issue();
        assertTrue(nonces.acceptCount(recent, 1));
        assertEquals(51, nonces.trackedCount());

        clock.advance(Duration.ofSeconds(101));
        nonces.forgetExpired();

        assertEquals(1, nonces.trackedCount(), "only the nonce still fresh is tracked");
        assertFalse(nonces.acceptCount(recent, 1), "its counter survived");
        assertTrue(nonces.acceptCount(recent, 2));
    }

    @Test
    void concurrentUsesOfOneCountAcceptExactlyOne() throws Exception {
        String nonce = nonces.issue();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> use = () -> {
                    start.await();
                    return nonces.acceptCount(nonce, 1);
                };
                results.add(pool.submit(use));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get(5, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, accepted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAWeakKeyOrAZeroTimeToLive() {
        assertThrows(IllegalArgumentException.class, () -> new Nonces(new byte[15], TTL, clock));
        assertThrows(IllegalArgumentException.class, () -> new Nonces(KEY, Duration.ZERO, clock));
        assertThrows(IllegalArgumentException.class, () -> new Nonces(KEY, Duration.ofMillis(999), clock));
    }

    @Test
    void keepsItsOwnCopyOfTheKey() {
        byte[] key = KEY.clone();
        Nonces own = new Nonces(key, TTL, clock);
        String nonce = own.issue();
        key[0] ^= 1;

        assertEquals(NonceStatus.VALID, own.check(nonce));
    }
}
