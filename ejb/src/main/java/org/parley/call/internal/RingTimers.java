package org.parley.call.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One ring timer per call, cancelled when the call is answered or ends. */
@ApplicationScoped
public class RingTimers {

    private static final Logger LOG = Logger.getLogger(RingTimers.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();

    /** Calls {@code onTimeout} with the call id after {@code after}, unless cancelled first. */
    void start(String callId, Duration after, Consumer<String> onTimeout) {
        ScheduledFuture<?> f = scheduler.schedule(() -> {
            timers.remove(callId);
            try {
                onTimeout.accept(callId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Ring timeout of call " + callId + " failed", e);
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = timers.put(callId, f);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    void cancel(String callId) {
        ScheduledFuture<?> f = timers.remove(callId);
        if (f != null) {
            f.cancel(false);
        }
    }

    /** Timers pending; for leak checks. */
    int pending() {
        return timers.size();
    }

    @PreDestroy
    void stop() {
        timers.values().forEach(f -> f.cancel(false));
        timers.clear();
    }
}
