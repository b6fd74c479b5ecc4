package org.parley.web.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Who sees which event on {@code /api/events}. */
class EventAudienceTest {

    private static final LongFunction<Set<String>> MEMBERS = id -> Map.of(1L, Set.of("201", "202"), 2L,
            Set.of("203")).getOrDefault(id, Set.of());

    @Test
    void supervisorsAndAdministratorsSeeEverything() {
        assertTrue(EventAudience.everything().admits(EventScope.of(Set.of("999")), MEMBERS));
        assertTrue(EventAudience.everything().admits(EventScope.queue(2, Optional.empty()), MEMBERS));
    }

    @Test
    void anAgentSeesTheirOwnCallsAndStateAndTheirQueuesOnly() {
        EventAudience agent = EventAudience.agent(Optional.of("201"));
        assertTrue(agent.admits(EventScope.of(Set.of("201", "+33123456789")), MEMBERS), "own call");
        assertFalse(agent.admits(EventScope.of(Set.of("202", "203")), MEMBERS), "someone else's call");
        assertTrue(agent.admits(EventScope.of(Set.of("201")), MEMBERS), "own agent state");
        assertTrue(agent.admits(EventScope.queue(1, Optional.of("202")), MEMBERS), "a queue they belong to");
        assertFalse(agent.admits(EventScope.queue(2, Optional.empty()), MEMBERS), "a queue they are not in");
    }

    @Test
    void anAgentWithoutAnExtensionSeesNothing() {
        EventAudience agent = EventAudience.agent(Optional.empty());
        assertFalse(agent.admits(EventScope.of(Set.of("201")), MEMBERS));
        assertFalse(agent.admits(EventScope.queue(1, Optional.empty()), MEMBERS));
    }
}
