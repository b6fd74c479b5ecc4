package org.parley.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether Parley has finished starting: every startup bean has run ({@link StartupComplete}) and the web module
 * serves (on Payara Micro the startup beans run before the web module is mapped). Until then the REST API answers
 * 503 and the readiness checks are down without asking any bean that is still starting (which would fail with
 * "container is in Initializing"). A plain CDI bean, so it can be asked at any time; the state is the
 * application's (static), whichever module's bean instance is asked.
 */
@ApplicationScoped
public class ApplicationState {

    private static final Logger LOG = Logger.getLogger(ApplicationState.class.getName());

    /** What a client is told to wait before trying again while Parley starts. */
    public static final Duration RETRY_WHILE_STARTING = Duration.ofSeconds(5);

    private static final Instant CREATED = Instant.now();
    private static volatile Instant servicesStartedAt;
    private static volatile boolean webServing;

    /** Every startup bean has run and the web module serves. */
    public boolean started() {
        return servicesStartedAt != null && webServing;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(servicesStartedAt).filter(s -> webServing);
    }

    void markStarted() {
        if (servicesStartedAt == null) {
            Instant now = Instant.now();
            servicesStartedAt = now;
            LOG.info(() -> "Parley services started after " + Duration.between(CREATED, now).toMillis() + " ms");
        }
    }

    /** The web module serves (its servlet context is initialised). */
    public void markWebServing() {
        webServing = true;
        LOG.info("Parley web module serving");
    }
}
