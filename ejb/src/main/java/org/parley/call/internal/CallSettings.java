package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Call control's configuration. */
@ApplicationScoped
public class CallSettings {

    /**
     * How long the INVITE of a click-to-dial's origin may stay unacknowledged while the destination rings: the phone
     * gives up after 64·T1 = 32 s (RFC 3261 §13.3.1.4), so the destination rings a little less.
     */
    static final Duration ORIGINATE_DESTINATION_LIMIT = Duration.ofSeconds(28);

    @Inject
    @ConfigProperty(name = "PARLEY_OUTBOUND_RING_SECONDS", defaultValue = "120")
    int outboundRingSeconds;

    /** How long an outside number may ring before Parley gives up. */
    Duration outboundRingTime() {
        return Duration.ofSeconds(outboundRingSeconds);
    }
}
