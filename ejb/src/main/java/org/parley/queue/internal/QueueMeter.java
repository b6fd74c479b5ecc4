package org.parley.queue.internal;

import java.time.Duration;

/** What the queues measure for {@code /metrics} (the container's {@link QueueMetrics}; tests record it). */
interface QueueMeter {

    /**
     * An agent who became free while the caller waited was rung for that caller.
     *
     * @param idle from the agent becoming free (a call, a ring, a wrap-up or a pause ending, a login) to the ring
     *             being sent
     */
    void agentRung(Duration idle);

    /** A caller was connected to an agent after waiting {@code wait} in the queue. */
    void callerConnected(Duration wait);
}
