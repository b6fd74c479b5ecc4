package org.parley.agent;

import org.parley.platform.state.TransitionTable;

/**
 * What an agent is doing as far as queues are concerned. Calls that do not come from a queue (the agent calling a
 * colleague, being called directly) do not move this machine: they make the agent busy on the side
 * ({@link AgentView#busy()}), and a busy agent is not rung either.
 */
public enum AgentState {
    /** Connected to no queue. */
    LOGGED_OUT,
    /** Connected to at least one queue and free: queues may ring them. */
    AVAILABLE,
    /** A queue rings their phone. */
    RINGING,
    /** On a call a queue connected them to. */
    IN_CALL,
    /** Their queue call ended; they finish its paperwork for the queue's wrap-up time. */
    WRAP_UP,
    /** Taking a break (with a reason): no queue rings them. */
    PAUSED;

    /** What moves an agent. */
    public enum Trigger {
        /** Connected to a first queue (static agents at start, dynamic ones by code, desk, API or supervisor). */
        LOGIN,
        /** Disconnected from their last queue. */
        LOGOUT,
        /** A queue rings them. */
        OFFER,
        /** The ring ended unanswered (ring time, refused, caller gone, another agent answered). */
        NO_ANSWER,
        /** They answered the queue call. */
        ANSWER,
        /** The queue call ended. */
        HANG_UP,
        /** The wrap-up time passed. */
        WRAP_UP_OVER,
        /** They pause (during a ring or a call: noted, applied when it ends). */
        PAUSE,
        /** They resume (or withdraw a pause noted during a ring or a call). */
        UNPAUSE
    }

    public static final TransitionTable<AgentState, Trigger> TABLE = TransitionTable
            .of("agent", AgentState.class, Trigger.class)
            .on(LOGGED_OUT, Trigger.LOGIN, AVAILABLE)
            .on(AVAILABLE, Trigger.LOGOUT, LOGGED_OUT)
            .on(RINGING, Trigger.LOGOUT, LOGGED_OUT)
            .on(IN_CALL, Trigger.LOGOUT, LOGGED_OUT)
            .on(WRAP_UP, Trigger.LOGOUT, LOGGED_OUT)
            .on(PAUSED, Trigger.LOGOUT, LOGGED_OUT)
            .on(AVAILABLE, Trigger.OFFER, RINGING)
            .on(RINGING, Trigger.NO_ANSWER, AVAILABLE)
            .on(RINGING, Trigger.ANSWER, IN_CALL)
            .on(IN_CALL, Trigger.HANG_UP, WRAP_UP)
            .on(WRAP_UP, Trigger.WRAP_UP_OVER, AVAILABLE)
            .on(AVAILABLE, Trigger.PAUSE, PAUSED)
            .on(WRAP_UP, Trigger.PAUSE, PAUSED)
            .on(PAUSED, Trigger.PAUSE, PAUSED)
            .on(RINGING, Trigger.PAUSE, RINGING)
            .on(IN_CALL, Trigger.PAUSE, IN_CALL)
            .on(PAUSED, Trigger.UNPAUSE, AVAILABLE)
            .on(RINGING, Trigger.UNPAUSE, RINGING)
            .on(IN_CALL, Trigger.UNPAUSE, IN_CALL)
            .build();
}
