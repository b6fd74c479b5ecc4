package org.parley.queue.internal;

import org.parley.platform.state.TransitionTable;

/**
 * Where a caller in a queue stands. Callers are offered agents strictly in arrival order: a caller may be rung only
 * when every caller before them is connected or has agents ringing; a caller in a retry pause holds the later ones
 * back.
 */
enum EntryStage {
    /** In the queue, no agent ringing: next to be offered agents when their turn comes. */
    WAITING,
    /** The agents the strategy picked ring for them. */
    RINGING,
    /** The last ring went unanswered; the queue's retry delay runs before the next try. */
    RETRY_PAUSE,
    /** An agent answered: the call goes on, the queue keeps it until it ends or is transferred. */
    CONNECTED,
    /** Out of the queue (answered and over, gave up, sent to the fallback, refused). */
    LEFT;

    /** What moves a caller. */
    enum Trigger {
        /** Agents are rung for them. */
        RING,
        /** The ring time passed or every ring failed (RINGNOANSWER). */
        NO_ANSWER,
        /** The retry delay is over (at once when the queue has none). */
        RETRY_DUE,
        /** An agent answered (CONNECT). */
        ANSWER,
        /** They leave without an agent: maximum wait, queue empty or deleted (EXITWITHTIMEOUT, EXITEMPTY). */
        EXIT,
        /** They hung up before an agent answered (ABANDON), or a transfer to the queue went back. */
        ABANDON,
        /** Their connected call is over for the queue (COMPLETECALLER, COMPLETEAGENT, *TRANSFER, queue deleted). */
        COMPLETE
    }

    static final TransitionTable<EntryStage, Trigger> TABLE = TransitionTable
            .of("queue entry", EntryStage.class, Trigger.class)
            .on(WAITING, Trigger.RING, RINGING)
            .on(WAITING, Trigger.ANSWER, CONNECTED)
            .on(WAITING, Trigger.EXIT, LEFT)
            .on(WAITING, Trigger.ABANDON, LEFT)
            .on(RINGING, Trigger.NO_ANSWER, RETRY_PAUSE)
            .on(RINGING, Trigger.ANSWER, CONNECTED)
            .on(RINGING, Trigger.EXIT, LEFT)
            .on(RINGING, Trigger.ABANDON, LEFT)
            .on(RETRY_PAUSE, Trigger.RETRY_DUE, WAITING)
            .on(RETRY_PAUSE, Trigger.ANSWER, CONNECTED)
            .on(RETRY_PAUSE, Trigger.EXIT, LEFT)
            .on(RETRY_PAUSE, Trigger.ABANDON, LEFT)
            .on(CONNECTED, Trigger.COMPLETE, LEFT)
            .build();
}
