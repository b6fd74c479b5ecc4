package org.parley.call.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Consumer;

/** One ring timer per call, cancelled when the call is answered or ends. */
@ApplicationScoped
public class RingTimers {

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final DelayedWork timers = new DelayedWork("Ring timeout of call", () -> scheduler);

    /** Calls {@code onTimeout} with the call id after {@code after}, unless cancelled first. */
    void start(String callId, Duration after, Consumer<String> onTimeout) {
        timers.start(callId, after, onTimeout);
    }

    void cancel(String callId) {
        timers.cancel(callId);
    }

    /** Timers pending; for leak checks. */
    int pending() {
        return timers.pending();
    }

    @PreDestroy
    void stop() {
        timers.cancelAll();
    }
}
