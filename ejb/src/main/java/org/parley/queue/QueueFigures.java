package org.parley.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one computation of queue figures from the event log: the REST statistics, the wallboard and the console report
 * all read them here, so they cannot disagree.
 */
public interface QueueFigures {

    /** The events read for one period of one queue at most (the CSV export's limit too). */
    int EVENT_LIMIT = 100_000;

    /**
     * A queue's figures for a period (either end open when empty).
     *
     * @throws QueueNotFoundException when there is no such queue
     */
    QueueReport report(long queueId, Optional<Instant> from, Optional<Instant> to);

    /**
     * Every queue's figures for a period, by name, and their total (each answered call against its own queue's
     * service-level threshold).
     */
    Board board(Optional<Instant> from, Optional<Instant> to);

    /**
     * Figures slot by slot for charts: one queue's, or every queue's together when {@code queueId} is empty.
     *
     * @throws QueueNotFoundException when there is no such queue
     */
    List<QueueTimeline.Slot> timeline(Optional<Long> queueId, Instant from, Instant to, Duration width);

    /** One agent's figures over every queue for a period ({@code to} after {@code from}). */
    AgentStatistics agent(String extension, Instant from, Instant to);

    /**
     * Every queue's report and the totals over all of them.
     *
     * @param queues the queues, by name
     * @param total  all queues together
     */
    record Board(List<QueueReport> queues, QueueStatistics total) {

        public Board {
            queues = List.copyOf(queues);
        }
    }
}
