package org.parley.agent.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agent.Scheduler;

/** {@link Scheduler} on the container's managed scheduled executor. */
@ApplicationScoped
public class ManagedScheduler implements Scheduler {

    private static final Logger LOG = Logger.getLogger(ManagedScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Override
    public Scheduled after(Duration delay, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A scheduled queue or agent task failed", e);
            }
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }
}
