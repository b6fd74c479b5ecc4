package org.parley.sipconnector.jain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Things that arrived, in order, which a test can wait for with a deadline (never by sleeping). */
final class Recorded<T> {

    private final List<T> items = new ArrayList<>();

    synchronized void add(T item) {
        items.add(item);
        notifyAll();
    }

    synchronized List<T> all() {
        return List.copyOf(items);
    }

    synchronized List<T> matching(Predicate<? super T> wanted) {
        return items.stream().filter(wanted).toList();
    }

    synchronized void clear() {
        items.clear();
    }

    /** The first item (oldest) that matches, waiting for it at most {@code timeout}; fails after that. */
    synchronized T await(Predicate<? super T> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (T item : items) {
                if (wanted.test(item)) {
                    return item;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("nothing matching arrived within " + timeout + "; got " + items);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits until {@code count} items match; fails after {@code timeout}. */
    synchronized List<T> awaitCount(Predicate<? super T> wanted, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<T> found = items.stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(found.size() + " of " + count + " items within " + timeout);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
