package org.parley.registrar.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.registrar.BindingRepository;

/**
 * Starts the registrar once the schema is migrated and the directory loaded: restores the stored bindings, then
 * runs the write-behind (every 50 ms) and the expiry sweep (every second). At shutdown it writes what is left.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DirectoryStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrarStartup {

    private static final Logger LOG = Logger.getLogger(RegistrarStartup.class.getName());

    @Inject
    RegistrarService registrar;

    @Inject
    BindingRepository repository;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private List<ScheduledFuture<?>> schedules = List.of();

    @PostConstruct
    void start() {
        registrar.restore(repository.loadAll());
        schedules = List.of(
                scheduler.scheduleWithFixedDelay(guarded("write-behind", registrar::flush), 50, 50,
                        TimeUnit.MILLISECONDS),
                scheduler.scheduleWithFixedDelay(guarded("expiry sweep", registrar::sweep), 1, 1, TimeUnit.SECONDS));
    }

    @PreDestroy
    void stop() {
        schedules.forEach(s -> s.cancel(false));
        int written = registrar.flush();
        LOG.info(() -> "Registrar stopped; " + written + " changed extensions written at shutdown");
    }

    /** A periodic task that survives its own failures (an escaped exception would end the schedule). */
    private static Runnable guarded(String name, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Registrar " + name + " failed; will run again", e);
            }
        };
    }
}
