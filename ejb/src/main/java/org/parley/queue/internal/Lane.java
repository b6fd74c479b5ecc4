package org.parley.queue.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One queue's single-threaded lane: tasks run one at a time, in the order they were handed over, on a shared
 * executor. Everything that changes a live queue runs here, so a queue needs no lock, and threads holding a call's
 * lock only hand work over (never wait for the queue).
 */
final class Lane {

    private static final Logger LOG = Logger.getLogger(Lane.class.getName());

    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    Lane(Executor executor) {
        this.executor = executor;
    }

    void run(Runnable task) {
        tasks.add(task);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A queue task failed", e);
                }
            }
        } finally {
            draining.set(false);
            if (!tasks.isEmpty() && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }
}
