package org.parley.voicemail;

import org.parley.platform.state.TransitionTable;

/**
 * Where a caller opening a box with its PIN ({@code *98}, Asterisk's {@code VoiceMailMain} without a box) is: typing
 * the box's number, then its PIN (each ended by {@code #}); three wrong PINs, or the throttle, end in goodbye.
 */
public enum SignInStage {
    /** Hearing "enter the mailbox number", typing it. */
    BOX_NUMBER,
    /** Hearing "enter your PIN", typing it (again after a wrong one). */
    PIN,
    /** The PIN typed is being checked (PBKDF2, off the call's lane); keys typed meanwhile are held for what follows. */
    CHECKING,
    /** The PIN was right: the menu of {@code *97} takes over. */
    OPENED,
    /** Three wrong PINs or too many attempts: "goodbye", then Parley hangs up. */
    REFUSED,
    /** The call is over. */
    OVER;

    /** What moves the sign-in. */
    public enum Trigger {
        /** {@code #} after the box's number. */
        BOX_ENTERED,
        /** {@code #} after the PIN, the throttle letting it be checked. */
        PIN_TYPED,
        /** The PIN checked was wrong, attempts left. */
        PIN_WRONG,
        /** The PIN checked was right. */
        PIN_RIGHT,
        /** The last wrong PIN, or the throttle refused the attempt. */
        REFUSE,
        /** The call ended. */
        CALL_ENDED
    }

    static final TransitionTable<SignInStage, Trigger> TABLE = TransitionTable.of("voicemail sign-in",
            SignInStage.class, Trigger.class)
            .on(BOX_NUMBER, Trigger.BOX_ENTERED, PIN)
            .on(BOX_NUMBER, Trigger.CALL_ENDED, OVER)
            .on(PIN, Trigger.PIN_TYPED, CHECKING)
            .on(PIN, Trigger.REFUSE, REFUSED)
            .on(PIN, Trigger.CALL_ENDED, OVER)
            .on(CHECKING, Trigger.PIN_WRONG, PIN)
            .on(CHECKING, Trigger.PIN_RIGHT, OPENED)
            .on(CHECKING, Trigger.REFUSE, REFUSED)
            .on(CHECKING, Trigger.CALL_ENDED, OVER)
            .on(OPENED, Trigger.CALL_ENDED, OVER)
            .on(REFUSED, Trigger.CALL_ENDED, OVER)
            .build();

    public SignInStage after(Trigger trigger) {
        return TABLE.require(this, trigger);
    }

    public boolean accepts(Trigger trigger) {
        return TABLE.next(this, trigger).isPresent();
    }
}
