package org.parley.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pause before Parley re-sends a re-INVITE that got 491 (RFC 3261 §14.1: 2.1 to 4 s for the Call-ID's owner). */
class ReofferRetriesTest {

    /** What the scheduler was asked: the task, its delay in ms, and whether it was cancelled. */
    private static final class Scheduled extends CompletableFuture<Object> implements ScheduledFuture<Object> {
        final Runnable task;
        final long delayMillis;

        Scheduled(Runnable task, long delayMillis) {
            this.task = task;
            this.delayMillis = delayMillis;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delayMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(delayMillis, o.getDelay(TimeUnit.MILLISECONDS));
        }
    }

    private final List<Scheduled> scheduled = new ArrayList<>();
    private final List<String> retried = new ArrayList<>();

    private ReofferRetries retries(long draw) {
        ReofferRetries retries = new ReofferRetries();
        retries.random = (origin, bound) -> {
            assertEquals(0, origin);
            assertEquals(191, bound, "2100 to 4000 ms in 10 ms steps: 191 values");
            return draw < 0 ? bound - 1 : draw;
        };
        retries.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    assertEquals("schedule", method.getName());
                    assertEquals(TimeUnit.MILLISECONDS, args[2]);
                    Scheduled s = new Scheduled((Runnable) args[0], (Long) args[1]);
                    scheduled.add(s);
                    return s;
                });
        return retries;
    }

    @Test
    void thePauseIsFrom2point1To4Seconds() {
        assertEquals(Duration.ofMillis(2100), retries(0).pause());
        assertEquals(Duration.ofMillis(4000), retries(-1).pause());
        assertEquals(Duration.ofMillis(3000), retries(90).pause());
    }

    @Test
    void theRetryComesWithTheLegAfterThePause() {
        ReofferRetries retries = retries(42);
        retries.schedule("leg-b", retried::add);
        assertEquals(1, scheduled.size());
        assertEquals(2520, scheduled.get(0).delayMillis);
        assertEquals(1, retries.pending());
        assertEquals(List.of(), retried, "not before the pause");

        scheduled.get(0).task.run();
        assertEquals(List.of("leg-b"), retried);
        assertEquals(0, retries.pending(), "nothing left behind");
    }

    @Test
    void aNewRetryOfTheLegReplacesTheOneWaitingAndShutdownCancelsAll() {
        ReofferRetries retries = retries(0);
        retries.schedule("leg-b", retried::add);
        retries.schedule("leg-b", retried::add);
        assertTrue(scheduled.get(0).isCancelled());
        assertFalse(scheduled.get(1).isCancelled());
        assertEquals(1, retries.pending());

        retries.stop();
        assertTrue(scheduled.get(1).isCancelled());
        assertEquals(0, retries.pending());
    }
}
