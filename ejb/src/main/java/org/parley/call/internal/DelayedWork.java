package org.parley.call.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work keyed by an id (a call's, a leg's), run once on the managed scheduler after a delay unless cancelled or
 * replaced by new work of the same id first: what the ring timers and the re-INVITE retries share.
 */
final class DelayedWork {

    private static final Logger LOG = Logger.getLogger(DelayedWork.class.getName());

    /** What the work is, for the log ("Ring timeout of call"). */
    private final String what;
    private final Supplier<ScheduledExecutorService> scheduler;
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    DelayedWork(String what, Supplier<ScheduledExecutorService> scheduler) {
        this.what = what;
        this.scheduler = scheduler;
    }

    /** Calls {@code work} with the id after {@code after}, unless cancelled first; earlier work of the id is dropped. */
    void start(String id, Duration after, Consumer<String> work) {
        ScheduledFuture<?> f = scheduler.get().schedule(() -> {
            pending.remove(id);
            try {
                work.accept(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " " + id + " failed", e);
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(id, f);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    void cancel(String id) {
        ScheduledFuture<?> f = pending.remove(id);
        if (f != null) {
            f.cancel(false);
        }
    }

    /** Work waiting; for leak checks. */
    int pending() {
        return pending.size();
    }

    /** Drops all the work waiting (shutdown). */
    void cancelAll() {
        pending.values().forEach(f -> f.cancel(false));
        pending.clear();
    }
}
