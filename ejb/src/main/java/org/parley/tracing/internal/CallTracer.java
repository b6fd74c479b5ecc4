package org.parley.tracing.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.parley.call.CallEvent;
import org.parley.platform.persistence.WriteBehindMetrics;
import org.parley.platform.persistence.WriteBehindQueue;
import org.parley.tracing.TracedCall;

/**
 * Hands every ended call to {@link CallTracing} behind call control (batched, off the SIP path, retried until done):
 * one communication per call whose party is a known contact or company.
 */
@ApplicationScoped
public class CallTracer {

    private static final Logger LOG = Logger.getLogger(CallTracer.class.getName());

    private final WriteBehindQueue<TracedCall> queue = new WriteBehindQueue<>("finished calls to trace", 50,
            WriteBehindQueue.DEFAULT_CAPACITY, LOG);

    @Inject
    MetricRegistry metrics;

    @Inject
    CallTracing tracing;

    @Inject
    Clock clock;

    @PostConstruct
    void publishMetrics() {
        WriteBehindMetrics.publish(metrics, "traced_calls", queue);
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() == CallEvent.Type.ENDED) {
            queue.add(TracedCall.of(event.call()));
        }
    }

    /** Traces what waits; run every 100 ms and at shutdown. */
    int flush() {
        return queue.flushOrReport(tracing::traceAll, clock.instant());
    }

    int pending() {
        return queue.pending();
    }
}
