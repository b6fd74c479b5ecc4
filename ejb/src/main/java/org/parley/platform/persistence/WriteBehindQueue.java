package org.parley.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Facts waiting to be stored: producers on the SIP path only {@link #add} (no database work there); a scheduled
 * {@link #flush} writes them in batches. A batch whose write fails goes back to the front, in order, and is tried
 * again on the next flush: nothing is dropped.
 *
 * @param <T> the fact
 */
public final class WriteBehindQueue<T> {

    private final ConcurrentLinkedDeque<T> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final ReentrantLock flushing = new ReentrantLock();
    private final int batchSize;

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
