package org.parley.queue.internal;

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
import org.parley.queue.CallQueue;
import org.parley.queue.QueueRepository;
import org.parley.queue.QueueSettings;

/**
 * Loads the queues once the schema is migrated (static agents connect), and stores the queue event log every
 * 100 ms and what is left at shutdown.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueStartup {

    private static final Logger LOG = Logger.getLogger(QueueStartup.class.getName());

    @Inject
    QueueRepository repository;

    @Inject
    QueueDirectory directory;

    @Inject
    QueueDispatcher dispatcher;

    @Inject
    QueueEventRecorder recorder;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        List<QueueSettings> queues = repository.all().stream().map(CallQueue::settings).toList();
        directory.load(queues);
        queues.forEach(dispatcher::configure);
        LOG.info(() -> "Queues: " + queues.size() + " loaded");
        schedule = scheduler.scheduleWithFixedDelay(() -> {
            try {
                recorder.flush();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Queue event writer failed; will run again", e);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
        int written = recorder.flush();
        LOG.info(() -> "Queue events: " + written + " written at shutdown, " + recorder.pending() + " not stored");
    }
}
