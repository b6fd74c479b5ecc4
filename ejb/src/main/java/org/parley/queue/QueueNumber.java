package org.parley.queue;

/**
 * A number a queue answers, and what dialling it means.
 *
 * @param queueId the queue
 * @param use     what the number is for
 */
public record QueueNumber(long queueId, Use use) {

    /** What dialling a queue's number does. */
    public enum Use {
        /** The caller waits in the queue for an agent. */
        QUEUE,
        /** A dynamic agent connects to the queue. */
        AGENT_CONNECTION,
        /** A dynamic agent disconnects from the queue. */
        AGENT_DISCONNECTION
    }
}
