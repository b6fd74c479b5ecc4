package org.parley.web.events;

import java.util.Optional;
import java.util.Set;

/**
 * Whom an event concerns, for deciding which subscribers may see it: the extensions that take part (a call's
 * parties and legs, an agent's own extension) and the queue it happened in.
 *
 * @param extensions numbers taking part (any number a party shows; only extensions match an agent)
 * @param queueId    the queue of a queue event
 */
record EventScope(Set<String> extensions, Optional<Long> queueId) {

    EventScope {
        extensions = Set.copyOf(extensions);
    }

    static EventScope of(Set<String> extensions) {
        return new EventScope(extensions, Optional.empty());
    }

    static EventScope queue(long id, Optional<String> agent) {
        return new EventScope(agent.map(Set::of).orElse(Set.of()), Optional.of(id));
    }
}
