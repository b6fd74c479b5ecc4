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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.queue.CallQueue;
import org.parley.queue.CallbackRepository;
import org.parley.queue.StoredCallback;
import org.parley.queue.QueueEvent;
import org.parley.queue.QueueEventRepository;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueRepository;
import org.parley.queue.QueueSettings;

/**
 * Loads the queues once the schema is migrated (static agents connect, dynamic agents connected before a restart
 * connect again), and stores the queue event log every
 * 100 ms and what is left at shutdown.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueStartup {

    private static final Logger LOG = Logger.getLogger(QueueStartup.class.getName());
    private static final Set<QueueEventType> LOGIN_OR_LOGOFF = EnumSet.of(QueueEventType.AGENTLOGIN,
            QueueEventType.AGENTLOGOFF);

    @Inject
    QueueRepository repository;

    @Inject
    QueueEventRepository events;

    @Inject
    QueueDirectory directory;

    @Inject
    CallbackRepository callbacks;

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
        queues.forEach(this::reconnectAgents);
        queues.forEach(this::restoreCallbacks);
        LOG.info(() -> "Queues: " + queues.size() + " loaded");
        schedule = scheduler.scheduleWithFixedDelay(() -> {
            try {
                recorder.flush();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Queue event writer failed; will run again", e);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Dynamic agents whose last word to a queue was AGENTLOGIN stay connected across the restart (as Asterisk's
     * persistent members do). */
    private void reconnectAgents(QueueSettings queue) {
        events.latestPerAgent(queue.id(), LOGIN_OR_LOGOFF).stream().map(QueueEvent::view)
                .filter(e -> e.type() == QueueEventType.AGENTLOGIN)
                .forEach(e -> dispatcher.reconnect(queue.id(), e.agent().orElseThrow(), e.at()));
    }

    /** Pending callbacks take their places in the line again (a restart keeps them). */
    private void restoreCallbacks(QueueSettings queue) {
        List<StoredCallback> pending = callbacks.ofQueue(queue.id());
        dispatcher.onQueue(queue.id(), live -> live.callbacks().restore(pending));
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
        int written = recorder.flush();
        LOG.info(() -> "Queue events: " + written + " written at shutdown, " + recorder.pending() + " not stored");
    }
}
