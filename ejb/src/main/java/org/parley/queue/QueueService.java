package org.parley.queue;

import java.util.List;
import java.util.Optional;

/** Creating, changing and removing queues. */
public interface QueueService {

    /**
     * @throws org.parley.platform.error.InvalidInputException for invalid input, field by field (unknown strategy,
     *                                                         agent or fallback extension, a number already used)
     * @throws DuplicateQueueException                         when the name or extension is another queue's
     */
    QueueSettings create(QueueInput input);

    /** @throws QueueNotFoundException when there is no such queue */
    QueueSettings update(long id, QueueInput input);

    /** @throws QueueNotFoundException when there is no such queue */
    void delete(long id);

    Optional<QueueSettings> find(long id);

    /** Every queue, by name. */
    List<QueueSettings> list();
}
