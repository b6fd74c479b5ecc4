package org.parley.queue.internal;

import org.parley.platform.state.TransitionTable;

/**
 * Where a queue callback stands (docs/queues.md, "Callback"). The caller confirmed a number and hung up; a virtual
 * entry keeps their place in the line and moves up like any caller; at the front, with an agent free, Parley rings
 * the agent, then (once they answer) calls the customer and bridges them.
 */
enum CallbackStage {
    /** The caller confirmed the number; not yet in the line. */
    REQUESTED,
    /** In the line, as a caller would wait. */
    WAITING,
    /** At the front: an agent rings (the call is placed from them, click-to-dial fashion). */
    RINGING_AGENT,
    /** The agent answered: the customer's number is being called. */
    CALLING_CUSTOMER,
    /** The customer answered: agent and customer talk (CALLBACKCONNECT). Final for the callback. */
    CONNECTED,
    /** The customer was busy or did not answer: the retry delay runs. */
    RETRY_WAIT,
    /** Every try failed, or the queue was deleted (CALLBACKFAILED). Final. */
    FAILED;

    /** What moves a callback. */
    enum Trigger {
        /** Placed in the queue's line. */
        QUEUED,
        /** An agent is rung for it. */
        DIAL,
        /** The agent did not answer (or could not be rung): back in the line, the next agent next. */
        AGENT_NO_ANSWER,
        /** The agent answered. */
        AGENT_ANSWERED,
        /** The customer answered. */
        CUSTOMER_ANSWERED,
        /** The customer was busy, did not answer, or could not be called; retries are left. */
        CUSTOMER_FAILED,
        /** The retry delay is over. */
        RETRY_DUE,
        /** No retry left, or the queue is gone. */
        GIVE_UP
    }

    static final TransitionTable<CallbackStage, Trigger> TABLE = TransitionTable
            .of("queue callback", CallbackStage.class, Trigger.class)
            .on(REQUESTED, Trigger.QUEUED, WAITING)
            .on(REQUESTED, Trigger.GIVE_UP, FAILED)
            .on(WAITING, Trigger.DIAL, RINGING_AGENT)
            .on(WAITING, Trigger.GIVE_UP, FAILED)
            .on(RINGING_AGENT, Trigger.AGENT_NO_ANSWER, WAITING)
            .on(RINGING_AGENT, Trigger.AGENT_ANSWERED, CALLING_CUSTOMER)
            .on(RINGING_AGENT, Trigger.GIVE_UP, FAILED)
            .on(CALLING_CUSTOMER, Trigger.CUSTOMER_ANSWERED, CONNECTED)
            .on(CALLING_CUSTOMER, Trigger.CUSTOMER_FAILED, RETRY_WAIT)
            .on(CALLING_CUSTOMER, Trigger.GIVE_UP, FAILED)
            .on(RETRY_WAIT, Trigger.RETRY_DUE, WAITING)
            .on(RETRY_WAIT, Trigger.GIVE_UP, FAILED)
            .build();
}
