package org.parley.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parley.platform.health.ApplicationState;

/**
 * Ready once Parley has started (so the schema migrations have run). Part of {@code /health/ready}. Asks nothing of
 * the migration bean while Parley starts.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Inject
    ApplicationState state;

    @Override
    public HealthCheckResponse call() {
        if (!state.started()) {
            return HealthCheckResponse.named("database-migrations").down().withData("state", "starting").build();
        }
        return HealthCheckResponse.named("database-migrations").status(migration.migrated()).build();
    }
}
