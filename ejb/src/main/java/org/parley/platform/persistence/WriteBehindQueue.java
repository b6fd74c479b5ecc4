package org.parley.platform.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Facts waiting to be stored: producers on the SIP path only {@link #add} (no database work there); a scheduled
 * {@link #flush} writes them in batches. A batch whose write fails goes back to the front, in order, and is tried
 * again on the next flush: nothing is dropped.
 *
 * @param <T> the fact
 */
public final class WriteBehindQueue<T> {

    private static final Duration FAILURE_LOG_INTERVAL = Duration.ofMinutes(1);

    private final ConcurrentLinkedDeque<T> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final ReentrantLock flushing = new ReentrantLock();
    private final int batchSize;
    private volatile Instant lastFailureLogged = Instant.EPOCH;

    public WriteBehindQueue(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.batchSize = batchSize;
    }

    public void add(T fact) {
        pending.addLast(fact);
        size.incrementAndGet();
    }

    /** Facts not stored yet. */
    public int pending() {
        return size.get();
    }

    /**
     * {@link #flush} for a scheduled writer: a failed write is not thrown but logged on {@code log} (at most once a
     * minute, saying how many {@code what} wait) and tried again at the next call.
     *
     * @return how many facts were stored
     */
    public int flushOrReport(Consumer<List<T>> writer, Instant now, Logger log, String what) {
        try {
            return flush(writer);
        } catch (RuntimeException e) {
            if (now.isAfter(lastFailureLogged.plus(FAILURE_LOG_INTERVAL))) {
                lastFailureLogged = now;
                log.log(Level.WARNING, "Could not store " + what + " (" + pending() + " waiting); retrying", e);
            }
            return 0;
        }
    }

    /**
     * Hands batches to {@code writer} until the queue is empty or a write fails (its exception is rethrown after the
     * batch went back to the front).
     *
     * @return how many facts were stored
     */
    public int flush(Consumer<List<T>> writer) {
        flushing.lock();
        try {
            int written = 0;
            while (true) {
                List<T> batch = new ArrayList<>(batchSize);
                T next;
                while (batch.size() < batchSize && (next = pending.pollFirst()) != null) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    return written;
                }
                size.addAndGet(-batch.size());
                try {
                    writer.accept(batch);
                } catch (RuntimeException e) {
                    for (int i = batch.size() - 1; i >= 0; i--) {
                        pending.addFirst(batch.get(i));
                    }
                    size.addAndGet(batch.size());
                    throw e;
                }
                written += batch.size();
            }
        } finally {
            flushing.unlock();
        }
    }
}
