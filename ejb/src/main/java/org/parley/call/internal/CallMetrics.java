package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * Call control's state on {@code /metrics}: calls, legs and ring timers in progress. After any number of calls
 * they all return to zero once the calls are over (nothing leaks).
 */
@ApplicationScoped
public class CallMetrics {

    @Inject
    CallRegistry registry;

    @Inject
    RingTimers timers;

    /** Registers the gauges at start rather than at first use. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer creates the bean, which registers its gauges
    }

    @Gauge(name = "parley_calls_active", absolute = true, unit = MetricUnits.NONE,
            description = "Calls in progress")
    public long calls() {
        return registry.size();
    }

    @Gauge(name = "parley_call_legs_active", absolute = true, unit = MetricUnits.NONE,
            description = "Legs of calls in progress")
    public long legs() {
        return registry.legCount();
    }

    @Gauge(name = "parley_ring_timers_pending", absolute = true, unit = MetricUnits.NONE,
            description = "Ring timers not yet fired or cancelled")
    public long ringTimers() {
        return timers.pending();
    }
}
