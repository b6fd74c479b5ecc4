package org.parley.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.platform.persistence.DatabaseMigration;

/**
 * Every migration runs on the embedded H2 file database, the run command's zero-set-up default (the test servers use
 * PostgreSQL, so a script only PostgreSQL understands would otherwise first fail in a newcomer's start).
 */
class MigrationsOnEmbeddedDatabaseTest {

    @Test
    void everyMigrationRunsOnTheEmbeddedDatabase(@TempDir Path dataDir) {
        String url = DatabaseSettings.embeddedUrl(dataDir);
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load();

        MigrateResult result = flyway.migrate();

        assertTrue(result.success, "migrated");
        assertEquals(flyway.info().all().length, flyway.info().applied().length, "every script applied");
    }
}
