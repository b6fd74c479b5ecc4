package org.parley.queue.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.parley.platform.metrics.CumulativeHistogram;

/**
 * The queues' timings on {@code /metrics}, all queues together, as cumulative histograms (counts that only grow, so
 * that a benchmark reading them before and after a step gets that step's exact distribution to a bucket's width):
 * <ul>
 * <li>{@code parley_queue_dispatch_seconds}: from an agent becoming free while a caller waits to the ring being
 * sent;</li>
 * <li>{@code parley_queue_wait_seconds}: a caller's wait from entering the queue to being connected (its count is the
 * calls answered).</li>
 * </ul>
 * Each is published as {@code <name>_bucket{le="…"}} (durations at most {@code le} seconds), {@code <name>_count} and
 * {@code <name>_sum} (seconds).
 */
@ApplicationScoped
public class QueueMetrics implements QueueMeter {

    static final String DISPATCH = "parley_queue_dispatch_seconds";
    static final String WAIT = "parley_queue_wait_seconds";

    @Inject
    MetricRegistry registry;

    private final CumulativeHistogram dispatch = new CumulativeHistogram(CumulativeHistogram.DEFAULT_BOUNDS);
    private final CumulativeHistogram wait = new CumulativeHistogram(CumulativeHistogram.DEFAULT_BOUNDS);

    /** Registers the metrics at start rather than at first use. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer creates the bean, which registers its metrics
    }

    @PostConstruct
    void register() {
        publish(DISPATCH, "From a queue agent becoming free while a caller waits to the agent being rung", dispatch);
        publish(WAIT, "A queue caller's wait until connected to an agent", wait);
    }

    @Override
    public void agentRung(Duration idle) {
        dispatch.record(idle);
    }

    @Override
    public void callerConnected(Duration waited) {
        wait.record(waited);
    }

    private void publish(String name, String description, CumulativeHistogram h) {
        List<Double> bounds = h.bounds();
        Metadata buckets = Metadata.builder().withName(name + "_bucket").withUnit(MetricUnits.NONE)
                .withDescription(description + ": how many took at most le seconds").build();
        for (int i = 0; i < bounds.size(); i++) {
            int index = i;
            registry.gauge(buckets, h, x -> x.atMost(index), new Tag("le", text(bounds.get(i))));
        }
        registry.gauge(buckets, h, CumulativeHistogram::count, new Tag("le", "+Inf"));
        registry.gauge(Metadata.builder().withName(name + "_count").withUnit(MetricUnits.NONE)
                .withDescription(description + ": how many").build(), h, CumulativeHistogram::count);
        registry.gauge(Metadata.builder().withName(name + "_sum").withUnit(MetricUnits.NONE)
                .withDescription(description + ": their sum, seconds").build(), h, CumulativeHistogram::sumSeconds);
    }

    private static String text(double seconds) {
        return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }
}
