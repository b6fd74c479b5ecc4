package org.parley.queue;

import java.util.List;
import java.util.Set;

/** Stored queue events. */
public interface QueueEventRepository {

    void addAll(List<QueueEvent> events);

    List<QueueEvent> find(QueueEventQuery query, int offset, int limit);

    long count(QueueEventQuery query);

    /**
     * The latest event of each agent of a queue among {@code types} (e.g. the last AGENTLOGIN or AGENTLOGOFF of every
     * agent: who was still connected).
     */
    List<QueueEvent> latestPerAgent(long queueId, Set<QueueEventType> types);
}
