package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.parley.sipconnector.SipConnection;

/** The SIP connector on {@code /metrics}: messages it could not send (each one is also logged at INFO). */
@ApplicationScoped
public class SipMetrics {

    @Inject
    SipResponder sip;

    /** Registers the gauges at start rather than at first use. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer creates the bean, which registers its gauges
    }

    /** Counted by the connector since its stack started; 0 while the connector hands out no connection. */
    @Gauge(name = "parley_sip_send_failures_total", absolute = true, unit = MetricUnits.NONE,
            description = "SIP messages the connector could not send (no route, transport refused, transaction gone)")
    public long sendFailures() {
        try {
            return sip.withConnection(SipConnection::failedSends);
        } catch (SipResponder.SipUnavailable e) {
            return 0;
        }
    }
}
