package org.parley.sipconnector.jain;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connector's own timers (2xx retransmission, ACK and acknowledge deadlines, registration refresh and retry):
 * one thread, cancelled tasks leave the queue at once so it holds only live timers. Stopped with the adapter.
 */
final class SipTimers {

    private static final Logger LOG = Logger.getLogger(SipTimers.class.getName());

    /** What {@link #schedule} returns once the timers are stopped: a timer that never fires. */
    private static final Future<?> NEVER = java.util.concurrent.CompletableFuture.completedFuture(null);

    private final ScheduledThreadPoolExecutor executor;

    SipTimers() {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "parley-sip-timer");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs {@code task} once after {@code delay}; a failure is logged, never lost silently. */
    Future<?> schedule(Duration delay, Runnable task) {
        try {
            return executor.schedule(() -> run(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            return NEVER;
        }
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIP timer task failed", e);
        }
    }

    /** Timers waiting to fire (tests check that ended legs leave none behind). */
    int pending() {
        return executor.getQueue().size();
    }

    /** Drops every pending timer and ends the thread. */
    void stop() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("SIP timer thread did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cancels a timer, if there is one. */
    static void cancel(Future<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
