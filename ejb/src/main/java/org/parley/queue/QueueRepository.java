package org.parley.queue;

import java.util.List;
import java.util.Optional;

/** Stored queues. */
public interface QueueRepository {

    Optional<CallQueue> find(long id);

    /** Every queue, by name. */
    List<CallQueue> all();

    /** @throws DuplicateQueueException when the name or the extension is taken */
    void add(CallQueue queue);

    void remove(CallQueue queue);
}
