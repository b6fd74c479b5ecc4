package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The media engine's state on {@code /metrics}: endpoints open (each holds an RTP/RTCP port pair). Back to zero once
 * no call uses Parley's media (no port left open).
 */
@ApplicationScoped
public class MediaMetrics {

    @Inject
    SipResponder sip;

    /** Registers the gauge at start rather than at first use. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer creates the bean, which registers its gauge
    }

    @Gauge(name = "parley_media_endpoints_open", absolute = true, unit = MetricUnits.NONE,
            description = "Media endpoints open (each holds an RTP and an RTCP port); -1 while the SIP connector is"
                    + " unavailable")
    public long endpointsOpen() {
        try {
            return sip.withConnection(c -> c.media().openEndpoints());
        } catch (SipResponder.SipUnavailable e) {
            return -1;
        }
    }
}
