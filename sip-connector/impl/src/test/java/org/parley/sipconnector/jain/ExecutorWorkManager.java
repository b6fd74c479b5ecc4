package org.parley.sipconnector.jain;

import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkEvent;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.resource.spi.work.WorkRejectedException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/** A work manager backed by a plain thread pool, as a container's would be. */
final class ExecutorWorkManager implements WorkManager, AutoCloseable {

    private final ExecutorService executor;

    /** A pool of 8 threads, as a container's would be. */
    ExecutorWorkManager() {
        this(8);
    }

    ExecutorWorkManager(int threads) {
        this.executor = Executors.newFixedThreadPool(threads);
    }

    @Override
    public void doWork(Work work) {
        work.run();
    }

    @Override
    public void doWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener) {
        work.run();
    }

    @Override
    public long startWork(Work work) throws WorkRejectedException {
        scheduleWork(work);
        return 0;
    }

    @Override
    public long startWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener)
            throws WorkRejectedException {
        scheduleWork(work, startTimeout, context, listener);
        return 0;
    }

    @Override
    public void scheduleWork(Work work) throws WorkRejectedException {
        scheduleWork(work, INDEFINITE, null, null);
    }

    @Override
    public void scheduleWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener)
            throws WorkRejectedException {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException e) {
            WorkRejectedException rejected = new WorkRejectedException("work manager closed", e);
            if (listener != null) {
                listener.workRejected(new WorkEvent(this, WorkEvent.WORK_REJECTED, work, rejected));
            }
            throw rejected;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
