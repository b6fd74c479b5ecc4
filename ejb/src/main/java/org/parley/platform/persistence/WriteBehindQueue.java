package org.parley.platform.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Facts waiting to be stored: producers on the SIP path only {@link #add} (no database work there); a scheduled
 * {@link #flush} writes them in batches.
 * <ul>
 * <li>A batch whose write fails because the database is unavailable goes back to the front, in order, and is tried
 * again on the next flush: nothing is dropped.</li>
 * <li>A batch refused for its data ({@link StorageErrors#isBadData}) is written again one fact at a time: the facts
 * the database refuses on their own are set aside (logged with the reason, counted by {@link #setAside()}), so that
 * one bad record does not hold back every later one.</li>
 * <li>The queue holds at most {@code capacity} facts: beyond it a new fact is refused (logged, counted by
 * {@link #refused()}) rather than filling the memory while the database is away.</li>
 * </ul>
 *
 * @param <T> the fact
 */
public final class WriteBehindQueue<T> {

    /** How many facts a queue holds by default while the database is away: some minutes of a busy system. */
    public static final int DEFAULT_CAPACITY = 100_000;
    private static final Duration FAILURE_LOG_INTERVAL = Duration.ofMinutes(1);

    private final ConcurrentLinkedDeque<T> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong setAside = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final ReentrantLock flushing = new ReentrantLock();
    private final String what;
    private final int batchSize;
    private final int capacity;
    private final Logger log;
    private volatile Instant lastFailureLogged = Instant.EPOCH;
    private volatile Instant lastRefusalLogged = Instant.EPOCH;

    /**
     * @param what      the facts, plural, for the log ("call records")
     * @param batchSize at most this many facts per write
     * @param capacity  at most this many facts waiting
     * @param log       where failures, set-aside and refused facts are logged
     */
    public WriteBehindQueue(String what, int batchSize, int capacity, Logger log) {
        if (batchSize < 1 || capacity < batchSize) {
            throw new IllegalArgumentException("batch size must be at least 1 and capacity at least the batch size");
        }
        this.what = what;
        this.batchSize = batchSize;
        this.capacity = capacity;
        this.log = log;
    }

    /**
     * Queues a fact to be stored; refuses it when {@code capacity} facts wait already.
     *
     * @return false when the fact was refused
     */
    public boolean add(T fact) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            refused.incrementAndGet();
            Instant now = Instant.now();
            if (now.isAfter(lastRefusalLogged.plus(FAILURE_LOG_INTERVAL))) {
                lastRefusalLogged = now;
                log.warning(() -> "Write-behind of " + what + " is full (" + capacity + " waiting): " + refused.get()
                        + " refused so far, the latest " + fact);
            }
            return false;
        }
        pending.addLast(fact);
        return true;
    }

    /** Facts not stored yet. */
    public int pending() {
        return size.get();
    }

    /** Facts the database refused on their own, set aside since start. */
    public long setAside() {
        return setAside.get();
    }

    /** Facts refused because the queue was full, since start. */
    public long refused() {
        return refused.get();
    }

    /**
     * {@link #flush} for a scheduled writer: a failed write is not thrown but logged (at most once a minute, saying
     * how many facts wait) and tried again at the next call.
     *
     * @return how many facts were stored
     */
    public int flushOrReport(Consumer<List<T>> writer, Instant now) {
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
     * Hands batches to {@code writer} until the queue is empty or a write fails for a reason other than its data (its
     * exception is rethrown after the unwritten facts went back to the front).
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
                written += write(batch, writer);
            }
        } finally {
            flushing.unlock();
        }
    }

    private int write(List<T> batch, Consumer<List<T>> writer) {
        try {
            writer.accept(batch);
            return batch.size();
        } catch (RuntimeException e) {
            if (!StorageErrors.isBadData(e)) {
                putBack(batch, 0);
                throw e;
            }
            return writeOneByOne(batch, writer);
        }
    }

    /** A batch with a bad fact in it: each fact alone; the ones refused for their data are set aside. */
    private int writeOneByOne(List<T> batch, Consumer<List<T>> writer) {
        int written = 0;
        for (int i = 0; i < batch.size(); i++) {
            T fact = batch.get(i);
            try {
                writer.accept(List.of(fact));
                written++;
            } catch (RuntimeException e) {
                if (!StorageErrors.isBadData(e)) {
                    putBack(batch, i);
                    throw e;
                }
                setAside.incrementAndGet();
                log.log(Level.WARNING, "Set aside one of the " + what + ", refused by the database: " + fact
                        + " (" + rootMessage(e) + ")");
            }
        }
        return written;
    }

    private void putBack(List<T> batch, int from) {
        for (int i = batch.size() - 1; i >= from; i--) {
            pending.addFirst(batch.get(i));
        }
        size.addAndGet(batch.size() - from);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
