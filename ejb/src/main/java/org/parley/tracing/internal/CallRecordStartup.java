package org.parley.tracing.internal;

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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the calls the last stop interrupted, then stores call records (and calls in progress) every 100 ms, and
 * what is left at shutdown.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallRecordStartup {

    private static final Logger LOG = Logger.getLogger(CallRecordStartup.class.getName());

    @Inject
    CallRecorder recorder;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        recorder.recoverInterrupted();
        schedule = scheduler.scheduleWithFixedDelay(() -> {
            try {
                recorder.flush();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call record writer failed; will run again", e);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
        int written = recorder.flush();
        LOG.info(() -> "Call records: " + written + " written at shutdown, " + recorder.pending() + " not stored");
    }
}
