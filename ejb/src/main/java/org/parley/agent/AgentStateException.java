package org.parley.agent;

import org.parley.platform.error.ConflictException;

/** What was asked does not fit the agent's state (pausing a logged-out agent, resuming one not paused). */
public class AgentStateException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public AgentStateException(String message) {
        super(null, message);
    }
}
