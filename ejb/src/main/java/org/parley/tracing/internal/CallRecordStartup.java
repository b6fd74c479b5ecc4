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
 * Records the calls the last stop interrupted, then stores call records (and calls in progress) and traces finished
 * calls as communications every 100 ms, and what is left at shutdown (each writer on its own: one failing does not
 * hold the other back).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallRecordStartup {

    private static final Logger LOG = Logger.getLogger(CallRecordStartup.class.getName());

    @Inject
    CallRecorder recorder;

    @Inject
    CallTracer tracer;

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
            try {
                tracer.flush();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call tracing failed; will run again", e);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
        int written = recorder.flush();
        LOG.info(() -> "Call records: " + written + " written at shutdown, " + recorder.pending() + " not stored");
        int traced = tracer.flush();
        LOG.info(() -> "Call tracing: " + traced + " calls handled at shutdown, " + tracer.pending() + " left");
    }
}
