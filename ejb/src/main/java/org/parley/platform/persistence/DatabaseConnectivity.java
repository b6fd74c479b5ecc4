package org.parley.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parley.platform.health.ApplicationState;

/**
 * Part of {@code /health/ready}: the database answers now (a pooled connection validated within
 * {@link #VALIDATION_SECONDS}; the pool waits at most {@code DatabaseMigration}'s connection wait). Liveness does not
 * depend on it: calls up keep going while the database is away.
 */
@Readiness
@ApplicationScoped
public class DatabaseConnectivity implements HealthCheck {

    static final int VALIDATION_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(DatabaseConnectivity.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ApplicationState state;

    private volatile boolean lastUp = true;

    @Override
    public HealthCheckResponse call() {
        if (!state.started()) {
            return HealthCheckResponse.named("database").down().withData("state", "starting").build();
        }
        boolean up;
        String problem = null;
        try (Connection c = dataSource.getConnection()) {
            up = c.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException e) {
            up = false;
            problem = e.getClass().getSimpleName();
        }
        report(up, problem);
        return HealthCheckResponse.named("database").status(up).build();
    }

    private void report(boolean up, String problem) {
        if (up != lastUp) {
            lastUp = up;
            if (up) {
                LOG.info("Database reachable again");
            } else {
                LOG.warning(() -> "Database unreachable" + (problem == null ? "" : " (" + problem + ")"));
            }
        }
    }
}
