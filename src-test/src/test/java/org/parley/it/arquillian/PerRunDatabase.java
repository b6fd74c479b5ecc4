package org.parley.it.arquillian;

import java.util.Objects;
import java.util.logging.Logger;
import org.jboss.arquillian.config.descriptor.api.ContainerDef;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.parley.test.support.PostgresDatabase;

/**
 * Gives the Arquillian container a PostgreSQL database of its own for the test run (client side).
 * <p>
 * Before the container is set up — that is, before its configuration is read from {@code arquillian.xml} — a new
 * database is created on the local PostgreSQL and {@code -DPARLEY_DB_URL=… -DPARLEY_DB_USER=…} are appended to the
 * container's {@code cmdOptions}, the JVM options of the Payara Micro process; MicroProfile Config reads those system
 * properties as it reads the environment. After the container has stopped, the database is dropped (also at JVM exit,
 * should the run end before the container is stopped).
 */
public class PerRunDatabase {

    static final String CMD_OPTIONS = "cmdOptions";

    private static final Logger LOG = Logger.getLogger(PerRunDatabase.class.getName());

    @Inject
    private Instance<ContainerRegistry> registry;

    private PostgresDatabase database;
    private Thread dropAtExit;

    public void create(@Observes BeforeSetup event) {
        Container container = registry.get().getContainers().stream()
                .filter(c -> c.getDeployableContainer() == event.getDeployableContainer())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the container being set up is not registered"));
        if (database == null) {
            database = PostgresDatabase.create("it");
            dropAtExit = new Thread(database::close, "drop " + database.name());
            Runtime.getRuntime().addShutdownHook(dropAtExit);
        }

        ContainerDef configuration = container.getContainerConfiguration();
        String options = Objects.requireNonNullElse(configuration.getContainerProperty(CMD_OPTIONS), "");
        configuration.overrideProperty(CMD_OPTIONS, (options + " -DPARLEY_DB_URL=" + database.url()
                + " -DPARLEY_DB_USER=" + database.user()).strip());
        LOG.info(() -> "Container " + container.getName() + " uses the new database " + database.name());
    }

    public void drop(@Observes AfterStop event) {
        if (database == null) {
            return;
        }
        database.close();
        String name = database.name();
        LOG.info(() -> "Dropped database " + name);
        try {
            Runtime.getRuntime().removeShutdownHook(dropAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway; dropping twice is harmless (DROP DATABASE IF EXISTS)
        }
        database = null;
    }
}
