package org.parley.agent;

/** Agents as the REST API, the console and the agent desk see them: look, pause, resume. */
public interface AgentService {

    /** A pause reason has at most this many characters. */
    int REASON_MAX = 100;

    /** The agent with this extension (logged out when connected to no queue). */
    AgentView find(String extension);

    /**
     * Pauses an agent with a reason (optional). During a ring or a queue call the pause applies when it ends.
     *
     * @throws AgentStateException when the agent is logged out
     * @throws org.parley.platform.error.InvalidInputException when the reason is longer than {@link #REASON_MAX}
     */
    AgentView pause(String extension, String reason);

    /**
     * Ends an agent's pause.
     *
     * @throws AgentStateException when the agent is not paused
     */
    AgentView unpause(String extension);
}
