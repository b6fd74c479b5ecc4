package org.parley.web.events;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What one subscriber of {@code /api/events} may see. Administrators and supervisors see everything; an agent sees
 * the calls of their own extension, their own agent state and the events of the queues they belong to (as static or
 * dynamic member); an agent without a linked extension sees nothing.
 */
interface EventAudience {

    /**
     * @param scope     whom the event concerns
     * @param membersOf the member extensions of a queue, asked only when needed
     */
    boolean admits(EventScope scope, LongFunction<Set<String>> membersOf);

    static EventAudience everything() {
        return (scope, membersOf) -> true;
    }

    static EventAudience agent(Optional<String> extension) {
        return (scope, membersOf) -> extension.filter(own -> scope.extensions().contains(own)
                || scope.queueId().filter(q -> membersOf.apply(q).contains(own)).isPresent()).isPresent();
    }
}
