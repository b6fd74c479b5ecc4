package org.parley.web.report;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Callers waiting in all queues over the last hour, for the wallboard's chart: sampled in memory every
 * {@value #EVERY_SECONDS} s (nothing is stored: a restart starts the chart afresh).
 */
@ApplicationScoped
public class WaitingSamples {

    /** How often the queues are counted. */
    static final int EVERY_SECONDS = 20;
    /** How far back the samples go. */
    static final Duration KEPT = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(WaitingSamples.class.getName());

    @Inject
    WallboardReader reader;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private final Deque<Sample> samples = new ArrayDeque<>();
    private ScheduledFuture<?> sampling;

    /**
     * One count.
     *
     * @param at      when
     * @param waiting callers waiting in all queues then
     */
    public record Sample(Instant at, int waiting) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        sampling = executor.scheduleAtFixedRate(this::sample, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sampling != null) {
            sampling.cancel(false);
        }
    }

    /** Counts the callers waiting now. */
    void sample() {
        try {
            add(new Sample(clock.instant(), reader.waitingNow()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Waiting callers not sampled: {0}", e.toString());
        }
    }

    synchronized void add(Sample sample) {
        samples.addLast(sample);
        while (!samples.isEmpty() && samples.peekFirst().at().isBefore(sample.at().minus(KEPT))) {
            samples.removeFirst();
        }
    }

    /** The samples of the last hour, oldest first. */
    public synchronized List<Sample> lastHour() {
        return List.copyOf(samples);
    }
}
