package org.parley.queue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.queue.AgentStatistics;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueEventLog;
import org.parley.queue.QueueEventQuery;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueFigures;
import org.parley.queue.QueueNotFoundException;
import org.parley.queue.QueueReport;
import org.parley.queue.QueueService;
import org.parley.queue.QueueSettings;
import org.parley.queue.QueueStatistics;
import org.parley.queue.QueueTimeline;

/** Queue figures computed from the stored event log ({@link QueueStatistics}), one queue at a time. */
@ApplicationScoped
public class EventLogFigures implements QueueFigures {

    /** The threshold the totals report when there is no queue (Asterisk's default). */
    private static final Duration NO_QUEUE_THRESHOLD = Duration.ofSeconds(20);

    @Inject
    QueueService queues;

    @Inject
    QueueEventLog log;

    @Override
    public QueueReport report(long queueId, Optional<Instant> from, Optional<Instant> to) {
        QueueSettings queue = queues.find(queueId).orElseThrow(() -> new QueueNotFoundException(queueId));
        return report(queue, events(queue, from, to));
    }

    @Override
    public Board board(Optional<Instant> from, Optional<Instant> to) {
        List<QueueReport> reports = new ArrayList<>();
        List<QueueEventView> all = new ArrayList<>();
        Map<Long, Duration> thresholds = new HashMap<>();
        for (QueueSettings queue : queues.list()) {
            List<QueueEventView> events = events(queue, from, to);
            reports.add(report(queue, events));
            all.addAll(events);
            thresholds.put(queue.id(), queue.serviceLevel());
        }
        Duration shown = thresholds.values().stream().max(Duration::compareTo).orElse(NO_QUEUE_THRESHOLD);
        return new Board(reports, QueueStatistics.across(all, thresholds, shown));
    }

    @Override
    public List<QueueTimeline.Slot> timeline(Optional<Long> queueId, Instant from, Instant to, Duration width) {
        List<QueueSettings> chosen = queueId.map(id -> List.of(queues.find(id)
                .orElseThrow(() -> new QueueNotFoundException(id)))).orElseGet(queues::list);
        List<QueueEventView> events = new ArrayList<>();
        Map<Long, Duration> thresholds = new HashMap<>();
        for (QueueSettings queue : chosen) {
            events.addAll(events(queue, Optional.of(from), Optional.of(to)));
            thresholds.put(queue.id(), queue.serviceLevel());
        }
        Duration shown = thresholds.values().stream().max(Duration::compareTo).orElse(NO_QUEUE_THRESHOLD);
        return QueueTimeline.of(events, thresholds, shown, from, to, width);
    }

    @Override
    public AgentStatistics agent(String extension, Instant from, Instant to) {
        List<QueueEventView> events = new ArrayList<>();
        Set<Long> staticQueues = new HashSet<>();
        for (QueueSettings queue : queues.list()) {
            events.addAll(log.export(new QueueEventQuery(queue.id(), Optional.of(from), Optional.of(to), Set.of(),
                    Optional.empty(), Optional.of(extension)), EVENT_LIMIT));
            if (queue.kindOf(extension).filter(k -> k == MemberKind.STATIC).isPresent()) {
                staticQueues.add(queue.id());
            }
        }
        return AgentStatistics.of(extension, events, staticQueues, from, to);
    }

    private List<QueueEventView> events(QueueSettings queue, Optional<Instant> from, Optional<Instant> to) {
        return log.export(new QueueEventQuery(queue.id(), from, to, Set.of(), Optional.empty(), Optional.empty()),
                EVENT_LIMIT);
    }

    private static QueueReport report(QueueSettings queue, List<QueueEventView> events) {
        Map<String, List<QueueEventView>> byAgent = new TreeMap<>();
        events.forEach(e -> e.agent().ifPresent(a -> byAgent.computeIfAbsent(a, k -> new ArrayList<>()).add(e)));
        Map<String, QueueStatistics> agents = new TreeMap<>();
        byAgent.forEach((agent, own) -> agents.put(agent, QueueStatistics.ofAgent(own, queue.serviceLevel())));
        return new QueueReport(queue, QueueStatistics.of(events, queue.serviceLevel()), agents);
    }
}
