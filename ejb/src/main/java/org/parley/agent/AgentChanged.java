package org.parley.agent;

import java.util.List;
import java.util.Objects;

/**
 * Event: an agent's state or availability changed (fired after the change, outside any lock; observers must be
 * quick). Queues observe it to ring an agent who became free and to log pauses; the live event stream shows it.
 *
 * @param agent          the agent right after the change
 * @param transitions    the moves of the state machine, in order (none when only their availability changed, e.g.
 *                       a call of their own ended)
 * @param becameAvailable whether a queue may ring them now and could not before
 */
public record AgentChanged(AgentView agent, List<Agent.Transition> transitions, boolean becameAvailable) {

    public AgentChanged {
        Objects.requireNonNull(agent, "agent");
        transitions = List.copyOf(transitions);
    }
}
