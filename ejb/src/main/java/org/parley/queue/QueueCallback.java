package org.parley.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * A queue's callback offer (docs/queues.md, "Callback"): a waiting caller may press a key to be called back when their
 * turn comes instead of waiting on the line.
 *
 * @param enabled    whether callers are offered a callback
 * @param key        the key that asks for it (a digit)
 * @param offerAfter how long a caller waits before the offer is first made (then again with each position
 *                   announcement)
 * @param retries    how often a failed callback (busy, no answer) is tried again before it is logged failed
 * @param retryDelay the pause before such a retry
 */
public record QueueCallback(boolean enabled, char key, Duration offerAfter, int retries, Duration retryDelay) {

    /** Off; when switched on, key 1 after 30 s, 2 retries 60 s apart. */
    public static final QueueCallback OFF = new QueueCallback(false, '1', Duration.ofSeconds(30), 2,
            Duration.ofSeconds(60));

    public QueueCallback {
        Objects.requireNonNull(offerAfter, "offerAfter");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (key < '0' || key > '9') {
            throw new IllegalArgumentException("callbackKey must be a digit");
        }
        if (offerAfter.isNegative() || retryDelay.isNegative() || retries < 0) {
            throw new IllegalArgumentException("callback times and retries must not be negative");
        }
    }
}
