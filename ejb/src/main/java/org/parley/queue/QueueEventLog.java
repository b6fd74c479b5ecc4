package org.parley.queue;

import java.util.List;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** The queue event log: recorded behind the queues (batched, off the SIP path), read by reports and statistics. */
public interface QueueEventLog {

    /** Queues an event for storage. */
    void record(QueueEventView event);

    /** Events not stored yet. */
    int pending();

    /** The events a query selects, oldest first, a page at a time. */
    Page<QueueEventView> search(QueueEventQuery query, PageRequest page);

    /** The events a query selects, oldest first, at most {@code limit}. */
    List<QueueEventView> export(QueueEventQuery query, int limit);
}
