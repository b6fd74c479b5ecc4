package org.parley.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema migrations have run. Part of {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("database-migrations");
        try {
            return check.status(migration.migrated()).build();
        } catch (EJBException e) {
            // asked while the container still initialises the migration bean (a health probe during the start):
            // not ready yet, which is the answer, not an error worth a stack trace
            return check.down().withData("state", "starting").build();
        }
    }
}
