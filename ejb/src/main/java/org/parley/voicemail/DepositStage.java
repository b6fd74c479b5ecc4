package org.parley.voicemail;

import org.parley.platform.state.TransitionTable;

/** Where a caller leaving a message is. */
public enum DepositStage {
    /** Hearing the greeting and the tone. */
    GREETING,
    /** The message is being recorded. */
    RECORDING,
    /** Recording ended by the caller ({@code #}) or the maximum length: Parley hangs up. */
    FINISHING,
    /** The call is over: the recording is stored (or, too short or never started, dropped). */
    OVER;

    /** What moves a deposit. */
    public enum Trigger {
        /** The greeting and tone were played to their end. */
        GREETING_PLAYED,
        /** {@code #} pressed, or the maximum length reached. */
        FINISH,
        /** The call ended (either side hung up). */
        CALL_ENDED
    }

    static final TransitionTable<DepositStage, Trigger> TABLE = TransitionTable.of("voicemail deposit",
            DepositStage.class, Trigger.class)
            .on(GREETING, Trigger.GREETING_PLAYED, RECORDING)
            .on(GREETING, Trigger.CALL_ENDED, OVER)
            .on(RECORDING, Trigger.FINISH, FINISHING)
            .on(RECORDING, Trigger.CALL_ENDED, OVER)
            .on(FINISHING, Trigger.CALL_ENDED, OVER)
            .build();

    /** The stage after {@code trigger}; throws {@link TransitionTable.IllegalTransition} when none is allowed. */
    public DepositStage after(Trigger trigger) {
        return TABLE.require(this, trigger);
    }

    /** Whether {@code trigger} moves this stage (a second {@code #} while finishing does not). */
    public boolean accepts(Trigger trigger) {
        return TABLE.next(this, trigger).isPresent();
    }
}
