package org.parley.registrar;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues digest nonces and checks them without remembering them (RFC 2617 §3.2.1, RFC 7616 §5.4).
 * <p>
 * A nonce is the URL-safe base64 (no padding, so no quote, comma or equals sign) of 32 bytes: the issue time in
 * epoch seconds (8 bytes), 8 random bytes, and the first 16 bytes of HMAC-SHA256 over those 16 bytes under the
 * server's secret key. Only the holder of the key can make a nonce that {@link #check checks} as ours, and its
 * age is read from the nonce itself.
 * <p>
 * Replay protection is the one piece of state: for each nonce that passed authentication, the highest nonce count
 * ({@code nc}) accepted so far ({@link #acceptCount}). Counters are kept only for valid nonces and dropped once the
 * nonce is older than the time to live ({@link #forgetExpired()}), so the memory stays bounded by the number of
 * nonces issued and used within one time to live. Thread-safe.
 */
public final class Nonces {

    private static final int TIME_BYTES = Long.BYTES;
    private static final int RANDOM_BYTES = 8;
    private static final int MAC_BYTES = 16;
    private static final int NONCE_BYTES = TIME_BYTES + RANDOM_BYTES + MAC_BYTES;
    /** Length of the encoded nonce: 32 bytes in unpadded base64. */
    private static final int NONCE_LENGTH = 43;
    private static final int MIN_KEY_BYTES = 16;
    private static final String HMAC = "HmacSHA256";
    /** Marks "not one of our nonces"; no real issue time is this far back. */
    private static final long NOT_OURS = Long.MIN_VALUE;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * @param secretKey HMAC key, at least 16 bytes (32 recommended); copied. All nodes that check each other's
     *                  nonces need the same key.
     * @param ttl       how long a nonce stays {@link NonceStatus#VALID}; positive, whole seconds are used
     * @param clock     the time source
     */
    public Nonces(byte[] secretKey, Duration ttl, Clock clock) {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(clock, "clock");
        if (secretKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("secret key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        if (ttl.getSeconds() < 1) {
            throw new IllegalArgumentException("ttl must be at least one second: " + ttl);
        }
        this.key = new SecretKeySpec(Arrays.copyOf(secretKey, secretKey.length), HMAC);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A fresh nonce, stamped with the current time. */
    public String issue() {
        ByteBuffer nonce = ByteBuffer.allocate(NONCE_BYTES);
        nonce.putLong(nowSeconds());
        byte[] randomBytes = new byte[RANDOM_BYTES];
        random.nextBytes(randomBytes);
        nonce.put(randomBytes);
        nonce.put(signature(Arrays.copyOf(nonce.array(), TIME_BYTES + RANDOM_BYTES)));
        return ENCODER.encodeToString(nonce.array());
    }

    /**
     * Whether {@code nonce} is one of ours and still fresh. A nonce stamped later than now (the clock went back)
     * counts as {@link NonceStatus#STALE}, so the client gets a new one.
     */
    public NonceStatus check(String nonce) {
        long issuedAt = issuedAt(nonce);
        if (issuedAt == NOT_OURS) {
            return NonceStatus.INVALID;
        }
        return isFresh(issuedAt) ? NonceStatus.VALID : NonceStatus.STALE;
    }

    /**
     * Records that a request used {@code nonce} with nonce count {@code nc} (RFC 2617 §3.2.2, RFC 7616 §3.4), and
     * says whether that is allowed: only when the nonce is {@link NonceStatus#VALID} and {@code nc} is strictly
     * higher than every count accepted before for it. A false answer means a replay (or a reordered request).
     */
    public boolean acceptCount(String nonce, long nc) {
        if (nc < 1) {
            return false;
        }
        long issuedAt = issuedAt(nonce);
        if (issuedAt == NOT_OURS || !isFresh(issuedAt)) {
            return false;
        }
        AtomicBoolean accepted = new AtomicBoolean();
        counters.compute(nonce, (ignored, previous) -> {
            if (previous == null || nc > previous.highest()) {
                accepted.set(true);
                return new Counter(issuedAt, nc);
            }
            return previous;
        });
        return accepted.get();
    }

    /** Drops the counters of nonces that are no longer fresh; call it periodically. */
    public void forgetExpired() {
        counters.values().removeIf(counter -> !isFresh(counter.issuedAt()));
    }

    /** How many nonces have a replay counter; for tests and metrics. */
    public int trackedCount() {
        return counters.size();
    }

    /** The issue time of one of our nonces, or {@link #NOT_OURS}. Never throws for any input. */
    private long issuedAt(String nonce) {
        if (nonce == null || nonce.length() != NONCE_LENGTH || !isBase64Url(nonce)) {
            return NOT_OURS;
        }
        byte[] bytes = DECODER.decode(nonce);
        // the decoder ignores the unused low bits of the last character: insist on the one canonical spelling,
        // or a client could send a variant of a used nonce and start its replay counter afresh
        if (!ENCODER.encodeToString(bytes).equals(nonce)) {
            return NOT_OURS;
        }
        byte[] expected = signature(Arrays.copyOf(bytes, TIME_BYTES + RANDOM_BYTES));
        byte[] given = Arrays.copyOfRange(bytes, TIME_BYTES + RANDOM_BYTES, NONCE_BYTES);
        if (!MessageDigest.isEqual(expected, given)) {
            return NOT_OURS;
        }
        return ByteBuffer.wrap(bytes, 0, TIME_BYTES).getLong();
    }

    private boolean isFresh(long issuedAt) {
        long age = nowSeconds() - issuedAt;
        return age >= 0 && age <= ttl.getSeconds();
    }

    private long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    private byte[] signature(byte[] data) {
        return Arrays.copyOf(newMac().doFinal(data), MAC_BYTES);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // HmacSHA256 is required of every Java SE platform and any byte array is a valid HMAC key
            throw new IllegalStateException("The JDK cannot compute " + HMAC, e);
        }
    }

    private static boolean isBase64Url(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private record Counter(long issuedAt, long highest) {
    }
}
