package org.parley.call;

import org.parley.platform.state.TransitionTable;

/** The life of a call, derived from its legs' progress. */
public enum CallState {
    /** The caller's INVITE is in; the called devices are being reached. */
    SETUP,
    /** At least one called device rings. */
    RINGING,
    /** A steered call (a queue's) waits: nothing rings until its steerer rings someone. */
    WAITING,
    /** Caller and one called device are connected. */
    ANSWERED,
    /** Over. */
    ENDED;

    /** What moves a call. */
    public enum Trigger {
        RING, ANSWER, WAIT, END
    }

    static final TransitionTable<CallState, Trigger> TABLE = TransitionTable.of("call", CallState.class, Trigger.class)
            .on(SETUP, Trigger.RING, RINGING)
            .on(SETUP, Trigger.ANSWER, ANSWERED)
            .on(SETUP, Trigger.END, ENDED)
            .on(RINGING, Trigger.RING, RINGING)
            .on(RINGING, Trigger.ANSWER, ANSWERED)
            .on(RINGING, Trigger.END, ENDED)
            .on(SETUP, Trigger.WAIT, WAITING)
            .on(RINGING, Trigger.WAIT, WAITING)
            .on(WAITING, Trigger.WAIT, WAITING)
            .on(WAITING, Trigger.RING, RINGING)
            .on(WAITING, Trigger.ANSWER, ANSWERED)
            .on(WAITING, Trigger.END, ENDED)
            .on(ANSWERED, Trigger.END, ENDED)
            .build();
}
