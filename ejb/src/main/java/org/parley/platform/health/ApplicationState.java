package org.parley.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether Parley has finished starting: every startup bean has run ({@link StartupComplete}). Until then the REST API
 * answers 503 and the readiness checks are down without asking any bean that is still starting (which would fail
 * with "container is in Initializing"). A plain CDI bean, so it can be asked at any time.
 */
@ApplicationScoped
public class ApplicationState {

    private static final Logger LOG = Logger.getLogger(ApplicationState.class.getName());

    /** What a client is told to wait before trying again while Parley starts. */
    public static final Duration RETRY_WHILE_STARTING = Duration.ofSeconds(5);

    private final Instant created = Instant.now();
    private volatile Instant startedAt;

    /** Every startup bean has run. */
    public boolean started() {
        return startedAt != null;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    void markStarted() {
        if (startedAt == null) {
            startedAt = Instant.now();
            LOG.info(() -> "Parley started: services ready after " + Duration.between(created, startedAt).toMillis()
                    + " ms");
        }
    }
}
