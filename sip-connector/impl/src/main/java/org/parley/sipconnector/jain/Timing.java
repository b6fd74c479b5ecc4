package org.parley.sipconnector.jain;

import java.time.Duration;
import java.util.Objects;

/**
 * The connector's SIP timers. RFC 3261 derives nearly all of them from T1 (the round-trip estimate, 500 ms): INVITE
 * and non-INVITE transaction timeouts (Timer B, F: 64·T1), 2xx retransmission (T1 doubling up to T2) and the wait for
 * its ACK (64·T1, §13.3.1.4). Tests shorten T1 to run timeout flows in well under a second.
 *
 * @param t1                    RFC 3261 T1
 * @param t2                    RFC 3261 T2, the longest retransmission interval
 * @param registrationRetry     first wait before retrying a failed outbound registration; doubles per failure
 * @param registrationRetryMax  the longest wait between registration retries
 */
record Timing(Duration t1, Duration t2, Duration registrationRetry, Duration registrationRetryMax) {

    /** RFC 3261 defaults; registrations retried after 30 s, 60 s, … up to 10 minutes. */
    static final Timing DEFAULT = new Timing(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(30),
            Duration.ofMinutes(10));

    Timing {
        Objects.requireNonNull(t1, "t1");
        Objects.requireNonNull(t2, "t2");
        Objects.requireNonNull(registrationRetry, "registrationRetry");
        Objects.requireNonNull(registrationRetryMax, "registrationRetryMax");
        if (t1.isNegative() || t1.isZero() || t2.compareTo(t1) < 0) {
            throw new IllegalArgumentException("need 0 < T1 <= T2, not " + t1 + " and " + t2);
        }
    }

    /** 64·T1: how long a transaction (Timer B, F) or a 2xx waiting for its ACK lives. */
    Duration transactionTimeout() {
        return t1.multipliedBy(64);
    }

    /** T1 in milliseconds, as JAIN-SIP's {@code Transaction.setRetransmitTimer} takes it. */
    int t1Millis() {
        return (int) Math.max(1, t1.toMillis());
    }
}
