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
    /**
     * One party hands the call on (blind or attended transfer): it is out of the bridge while the transfer target is
     * reached (through the API's attended transfer: while it consults the target, see {@link TransferStage}); back to
     * {@link #ANSWERED} when the target is connected, or when the transfer fails or is cancelled (the transferor may
     * resume).
     */
    TRANSFERRING,
    /** Over. */
    ENDED;

    /** What moves a call. */
    public enum Trigger {
        RING, ANSWER, WAIT, END,
        /** A transfer starts. */
        TRANSFER,
        /** A transfer is over, done or failed. */
        TRANSFER_OVER
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
            .on(ANSWERED, Trigger.TRANSFER, TRANSFERRING)
            .on(TRANSFERRING, Trigger.TRANSFER_OVER, ANSWERED)
            .on(TRANSFERRING, Trigger.END, ENDED)
            .build();
}
