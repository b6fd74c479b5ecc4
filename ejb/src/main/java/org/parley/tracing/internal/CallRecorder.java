package org.parley.tracing.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.parley.call.CallEvent;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.platform.persistence.WriteBehindMetrics;
import org.parley.platform.persistence.WriteBehindQueue;
import org.parley.tracing.CallRecord;
import org.parley.tracing.CallRecordQuery;
import org.parley.tracing.CallRecordRepository;
import org.parley.tracing.CallRecordView;
import org.parley.tracing.CallRecords;

/**
 * Turns every ended call into a call record and stores it behind call control (batched, off the SIP path, retried
 * until stored).
 */
@ApplicationScoped
public class CallRecorder implements CallRecords {

    private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());

    private final WriteBehindQueue<CallRecord> queue = new WriteBehindQueue<>("call records", 1000,
            WriteBehindQueue.DEFAULT_CAPACITY, LOG);

    @Inject
    MetricRegistry metrics;

    @Inject
    CallRecordRepository repository;

    @Inject
    Clock clock;

    void onCall(@Observes CallEvent event) {
        if (event.type() == CallEvent.Type.ENDED) {
            queue.add(CallRecord.of(event.call()));
        }
    }

    /** Stores what waits; run every 100 ms and at shutdown. */
    int flush() {
        return queue.flushOrReport(repository::addAll, clock.instant());
    }

    @PostConstruct
    void publishMetrics() {
        WriteBehindMetrics.publish(metrics, "call_records", queue);
    }

    @Override
    public int pending() {
        return queue.pending();
    }

    @Override
    public Page<CallRecordView> search(CallRecordQuery query, PageRequest page) {
        List<CallRecordView> items = repository.find(query, page.offset(), page.size()).stream()
                .map(CallRecord::view).toList();
        return new Page<>(items, page.page(), page.size(), repository.count(query));
    }

    @Override
    public List<CallRecordView> export(CallRecordQuery query, int limit) {
        return repository.find(query, 0, limit).stream().map(CallRecord::view).toList();
    }
}
