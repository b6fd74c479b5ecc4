package org.parley.call.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.LongBinaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pause before Parley sends a re-INVITE again that got 491 Request Pending (RFC 3261 §14.1): Parley owns the
 * Call-ID of the legs it re-INVITEs (it created them as a B2BUA), so it waits a random time from 2.1 to 4 s, in
 * 10 ms steps. At most one pending retry per leg; all are dropped at shutdown.
 */
@ApplicationScoped
public class ReofferRetries {

    private static final Logger LOG = Logger.getLogger(ReofferRetries.class.getName());

    static final Duration SHORTEST = Duration.ofMillis(2100);
    static final Duration LONGEST = Duration.ofMillis(4000);
    private static final long STEP_MILLIS = 10;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Draws a number in [origin, bound); replaced in tests. */
    LongBinaryOperator random = (origin, bound) -> ThreadLocalRandom.current().nextLong(origin, bound);

    private final DelayedWork retries = new DelayedWork("The re-INVITE retry of leg", () -> scheduler);

    /** The pause before the next try: 2.1 to 4 s, both included, in 10 ms steps. */
    Duration pause() {
        long steps = (LONGEST.toMillis() - SHORTEST.toMillis()) / STEP_MILLIS;
        return SHORTEST.plusMillis(STEP_MILLIS * random.applyAsLong(0, steps + 1));
    }

    /** Calls {@code retry} with the leg id after {@link #pause()}; an earlier retry of the leg is replaced. */
    void schedule(String legId, Consumer<String> retry) {
        Duration pause = pause();
        LOG.log(Level.INFO, "Leg {0}: re-INVITE met 491 Request Pending, sent again in {1} ms",
                new Object[] {legId, pause.toMillis()});
        retries.start(legId, pause, retry);
    }

    /** Retries waiting; for leak checks. */
    int pending() {
        return retries.pending();
    }

    @PreDestroy
    void stop() {
        retries.cancelAll();
    }
}
