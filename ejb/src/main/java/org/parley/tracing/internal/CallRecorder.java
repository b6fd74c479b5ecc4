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
import org.parley.tracing.CallInProgress;
import org.parley.tracing.CallInProgressRepository;
import org.parley.tracing.CallRecordRepository;
import org.parley.tracing.CallRecordView;
import org.parley.tracing.CallRecords;

/**
 * Turns every ended call into a call record and stores it behind call control (batched, off the SIP path, retried
 * until stored). The start of each call (and its answer) is stored behind the same way ({@link CallInProgress}), so
 * that after a crash the calls that were up get a record too: {@link #recoverInterrupted()} at the next start.
 */
@ApplicationScoped
public class CallRecorder implements CallRecords {

    private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());

    private final WriteBehindQueue<CallRecord> queue = new WriteBehindQueue<>("call records", 1000,
            WriteBehindQueue.DEFAULT_CAPACITY, LOG);
    private final WriteBehindQueue<CallInProgress> starts = new WriteBehindQueue<>("calls in progress", 1000,
            WriteBehindQueue.DEFAULT_CAPACITY, LOG);

    @Inject
    MetricRegistry metrics;

    @Inject
    CallRecordRepository repository;

    @Inject
    CallInProgressRepository inProgress;

    @Inject
    Clock clock;

    void onCall(@Observes CallEvent event) {
        switch (event.type()) {
            case CREATED, ANSWERED -> starts.add(CallInProgress.of(event.call()));
            case ENDED -> queue.add(CallRecord.of(event.call()));
            default -> {
                // other changes add nothing a record of an interrupted call would show
            }
        }
    }

    /**
     * Stores what waits; run every 100 ms and at shutdown. Starts go first, and records only once every start before
     * them is stored, so that a record's write deletes its call's start rather than coming before it.
     */
    int flush() {
        starts.flushOrReport(inProgress::saveAll, clock.instant());
        if (starts.pending() > 0) {
            return 0;
        }
        return queue.flushOrReport(repository::addAll, clock.instant());
    }

    @PostConstruct
    void publishMetrics() {
        WriteBehindMetrics.publish(metrics, "call_records", queue);
        WriteBehindMetrics.publish(metrics, "calls_in_progress", starts);
    }

    /** At start: the calls a crash left in progress get a record, marked {@link CallRecord#INTERRUPTED}. */
    int recoverInterrupted() {
        List<CallRecord> interrupted = inProgress.all().stream().map(CallRecord::interrupted).toList();
        if (!interrupted.isEmpty()) {
            repository.addAll(interrupted);
            LOG.warning(() -> interrupted.size() + " call(s) interrupted by the last stop recorded as "
                    + CallRecord.INTERRUPTED + ": " + interrupted.stream().map(CallRecord::id).toList());
        }
        return interrupted.size();
    }

    @Override
    public int pending() {
        return queue.pending() + starts.pending();
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
