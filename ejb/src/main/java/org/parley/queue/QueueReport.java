package org.parley.queue;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A queue's figures for a period, as {@code /api/queues/{id}/stats}, the wallboard and the report page show them.
 *
 * @param queue   the queue's settings now
 * @param figures its figures over the period
 * @param agents  each agent's share of it, by extension, sorted
 */
public record QueueReport(QueueSettings queue, QueueStatistics figures, Map<String, QueueStatistics> agents) {

    public QueueReport {
        agents = Collections.unmodifiableMap(new TreeMap<>(agents));
    }
}
