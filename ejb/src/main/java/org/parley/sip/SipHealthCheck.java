package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.parley.platform.health.ApplicationState;
import org.parley.sipconnector.SipListeningPoint;

/**
 * Part of {@code /health/ready}: up when Parley has started, the connector listens and the services behind it are
 * ready. Asks nothing of a service while Parley starts.
 */
@Readiness
@ApplicationScoped
public class SipHealthCheck implements HealthCheck {

    @Inject
    SipResponder responder;

    @Inject
    SipReadiness readiness;

    @Inject
    ApplicationState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("sip");
        if (!state.started()) {
            return b.down().withData("state", "starting").build();
        }
        List<SipListeningPoint> points = responder.listeningPoints();
        for (SipListeningPoint p : points) {
            b.withData(p.transport().toLowerCase(Locale.ROOT), p.host() + ":" + p.port());
        }
        return b.status(!points.isEmpty() && readiness.servicesReady()).build();
    }
}
