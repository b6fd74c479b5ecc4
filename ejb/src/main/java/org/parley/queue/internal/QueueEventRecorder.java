package org.parley.queue.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.platform.persistence.WriteBehindMetrics;
import org.parley.platform.persistence.WriteBehindQueue;
import org.parley.queue.QueueEvent;
import org.parley.queue.QueueEventLog;
import org.parley.queue.QueueEventQuery;
import org.parley.queue.QueueEventRepository;
import org.parley.queue.QueueEventView;

/** The queue event log, written behind the queues (batched every 100 ms, retried until stored). */
@ApplicationScoped
public class QueueEventRecorder implements QueueEventLog {

    private static final Logger LOG = Logger.getLogger(QueueEventRecorder.class.getName());

    private final WriteBehindQueue<QueueEvent> queue = new WriteBehindQueue<>("queue events", 1000,
            WriteBehindQueue.DEFAULT_CAPACITY, LOG);

    @Inject
    MetricRegistry metrics;

    @Inject
    QueueEventRepository repository;

    @Inject
    Clock clock;

    @Override
    public void record(QueueEventView event) {
        queue.add(QueueEvent.of(event));
    }

    /** Stores what waits; run every 100 ms and at shutdown. */
    int flush() {
        return queue.flushOrReport(repository::addAll, clock.instant());
    }

    @PostConstruct
    void publishMetrics() {
        WriteBehindMetrics.publish(metrics, "queue_events", queue);
    }

    @Override
    public int pending() {
        return queue.pending();
    }

    @Override
    public Page<QueueEventView> search(QueueEventQuery query, PageRequest page) {
        return new Page<>(repository.find(query, page.offset(), page.size()).stream().map(QueueEvent::view).toList(),
                page.page(), page.size(), repository.count(query));
    }

    @Override
    public List<QueueEventView> export(QueueEventQuery query, int limit) {
        return repository.find(query, 0, limit).stream().map(QueueEvent::view).toList();
    }
}
