package org.parley.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway scripts of {@code parley-db} before any other part of Parley starts.
 * Startup beans that read the database declare {@code @DependsOn("DatabaseMigration")}.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.parley.platform.persistence.ParleyDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        loginTimeout = 5,
        // every database call is bounded (docs/security.md, "Database outage"): a connection is waited for at most
        // 5 s, a statement runs at most 15 s; a pooled connection is validated before use (at most once in 5 s) and
        // one failed validation closes them all, so the pool heals once the database is back
        properties = {
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=15",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true"})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    /** JNDI name of Parley's data source. */
    public static final String DATA_SOURCE = "java:app/jdbc/parley";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** Whether the schema has been brought up to date. */
    public boolean migrated() {
        return migrated;
    }
}
