package org.parley.queue;

import java.util.List;

/** Stored queue events. */
public interface QueueEventRepository {

    void addAll(List<QueueEvent> events);

    List<QueueEvent> find(QueueEventQuery query, int offset, int limit);

    long count(QueueEventQuery query);
}
