package org.parley.queue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A selection of one queue's events.
 *
 * @param queueId the queue
 * @param from    events at or after, if given
 * @param to      events before, if given
 * @param types   only these types (all when empty)
 * @param callId  only this call's events, if given
 * @param agent   only this agent's events, if given
 */
public record QueueEventQuery(long queueId, Optional<Instant> from, Optional<Instant> to, Set<QueueEventType> types,
        Optional<String> callId, Optional<String> agent) {

    public QueueEventQuery {
        types = Set.copyOf(types);
    }
}
