package org.parley.agent;

/** Agents as the REST API, the console and the agent desk see them: look, pause, resume. */
public interface AgentService {

    /** The agent with this extension (logged out when connected to no queue). */
    AgentView find(String extension);

    /**
     * Pauses an agent with a reason (optional). During a ring or a queue call the pause applies when it ends.
     *
     * @throws AgentStateException when the agent is logged out
     */
    AgentView pause(String extension, String reason);

    /**
     * Ends an agent's pause.
     *
     * @throws AgentStateException when the agent is not paused
     */
    AgentView unpause(String extension);
}
