package org.parley.queue;

import java.util.List;

/**
 * The queues live, for the REST API, the console and the agent desk: who waits, who is connected, and connecting or
 * disconnecting a dynamic agent (the same call whether the agent dialled a code, used the desk, or a supervisor or a
 * system did it).
 */
public interface LiveQueues {

    /** @throws QueueNotFoundException when there is no such queue */
    QueueStatus status(long queueId);

    /**
     * Connects a dynamic agent to a queue.
     *
     * @return false when they were connected already
     * @throws QueueNotFoundException                          when there is no such queue
     * @throws org.parley.platform.error.InvalidInputException when the extension is no dynamic agent of the queue
     */
    boolean connect(long queueId, String extension);

    /**
     * Disconnects a dynamic agent from a queue.
     *
     * @return false when they were not connected
     * @throws QueueNotFoundException when there is no such queue
     */
    boolean disconnect(long queueId, String extension);

    /** The queues this extension is a dynamic agent of. */
    List<QueueSettings> dynamicQueuesOf(String extension);
}
