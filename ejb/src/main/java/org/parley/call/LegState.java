package org.parley.call;

import org.parley.platform.state.TransitionTable;

/** The life of one leg of a call, as call control sees it (the SIP dialog details stay in the connector). */
public enum LegState {
    /** INVITE sent (outgoing) or received (incoming), no answer yet. */
    CALLING,
    /** A provisional answer: the phone rings (180) or plays early media (183). */
    RINGING,
    /** 2xx sent or received. */
    ANSWERED,
    /** The 2xx is acknowledged: media flows. */
    CONFIRMED,
    /** Its party is handing the call on: out of the bridge until the transfer is done (then hung up) or fails. */
    TRANSFERRING,
    /** Over: hung up, failed, cancelled. */
    ENDED;

    /** What moves a leg. */
    public enum Trigger {
        /** 1xx (RFC 3261 §13.2.2.1 / §13.3.1.1). */
        PROGRESS,
        /** 2xx (§13.2.2.4 / §13.3.1.4). */
        ANSWER,
        /** ACK of the 2xx (§13.2.2.4 / §17.1.1.3). */
        CONFIRM,
        /** Final non-2xx, CANCEL, BYE, timeout. */
        END,
        /** Its party asked for a transfer (REFER, or the API on its behalf). */
        TRANSFER,
        /** The transfer failed: the leg is bridged again. */
        RESUME
    }

    static final TransitionTable<LegState, Trigger> TABLE = TransitionTable.of("leg", LegState.class, Trigger.class)
            .on(CALLING, Trigger.PROGRESS, RINGING)
            .on(CALLING, Trigger.ANSWER, ANSWERED)
            .on(CALLING, Trigger.END, ENDED)
            .on(RINGING, Trigger.PROGRESS, RINGING)
            .on(RINGING, Trigger.ANSWER, ANSWERED)
            .on(RINGING, Trigger.END, ENDED)
            .on(ANSWERED, Trigger.CONFIRM, CONFIRMED)
            .on(ANSWERED, Trigger.END, ENDED)
            .on(CONFIRMED, Trigger.END, ENDED)
            .on(ANSWERED, Trigger.TRANSFER, TRANSFERRING)
            .on(CONFIRMED, Trigger.TRANSFER, TRANSFERRING)
            .on(TRANSFERRING, Trigger.RESUME, CONFIRMED)
            .on(TRANSFERRING, Trigger.END, ENDED)
            .build();

    public boolean isOver() {
        return this == ENDED;
    }

    public boolean isAnswered() {
        return this == ANSWERED || this == CONFIRMED || this == TRANSFERRING;
    }
}
