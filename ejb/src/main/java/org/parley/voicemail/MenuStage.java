package org.parley.voicemail;

import org.parley.platform.state.TransitionTable;

/**
 * Where a caller listening to their messages by phone ({@code *97}) is (Asterisk's {@code VoiceMailMain}): the
 * messages, and the mailbox options ({@code 0}): recording the greeting, changing the PIN.
 */
public enum MenuStage {
    /** Hearing "you have N new messages" (and "press 1 to listen" when there are any, "press 0 for options"). */
    SUMMARY,
    /** Hearing a message, then its choices: 1 repeat, 2 delete, 3 save, 6 next. */
    MESSAGE,
    /** Hearing the mailbox options: 1 record the greeting, 5 change the PIN. */
    OPTIONS,
    /** Hearing "record your greeting after the tone" and the tone. */
    GREETING_PROMPT,
    /** The greeting is being recorded, until {@code #} or silence. */
    GREETING_RECORDING,
    /** The recorded greeting is being stored (off the call's lane); then it is played back. */
    GREETING_SAVING,
    /** Typing the new PIN, ended by {@code #}. */
    NEW_PIN,
    /** Typing the new PIN again, ended by {@code #}. */
    CONFIRM_PIN,
    /** The new PIN is being hashed and stored (off the call's lane). */
    PIN_SAVING,
    /** Hearing "goodbye": Parley hangs up at its end. */
    GOODBYE,
    /** The call is over. */
    OVER;

    /** What moves the menu. */
    public enum Trigger {
        /**
         * {@code 1} in the summary, {@code 1} (repeat) on a message, or the next message after {@code 2}/{@code 3}/
         * {@code 6}.
         */
        PLAY,
        /** {@code 0} in the summary or on a message. */
        OPTIONS,
        /** {@code 1} in the options. */
        RECORD_GREETING,
        /** The greeting's prompt and tone were played: recording starts. */
        TONE_PLAYED,
        /** {@code #} or silence while recording the greeting. */
        RECORDED,
        /** {@code 5} in the options. */
        CHANGE_PIN,
        /** {@code #} after a new PIN of 4 to 10 digits (first, then second time). */
        PIN_TYPED,
        /** A new PIN that is not 4 to 10 digits, or a second one differing from the first: typed again. */
        RETRY,
        /** The greeting or the PIN was stored (or could not be): back to the options. */
        DONE,
        /** {@code #}, or no message left after {@code 2}/{@code 3}/{@code 6}. */
        LEAVE,
        /** The call ended. */
        CALL_ENDED
    }

    static final TransitionTable<MenuStage, Trigger> TABLE = TransitionTable.of("voicemail menu", MenuStage.class,
            Trigger.class)
            .on(SUMMARY, Trigger.PLAY, MESSAGE)
            .on(SUMMARY, Trigger.OPTIONS, OPTIONS)
            .on(SUMMARY, Trigger.LEAVE, GOODBYE)
            .on(SUMMARY, Trigger.CALL_ENDED, OVER)
            .on(MESSAGE, Trigger.PLAY, MESSAGE)
            .on(MESSAGE, Trigger.OPTIONS, OPTIONS)
            .on(MESSAGE, Trigger.LEAVE, GOODBYE)
            .on(MESSAGE, Trigger.CALL_ENDED, OVER)
            .on(OPTIONS, Trigger.RECORD_GREETING, GREETING_PROMPT)
            .on(OPTIONS, Trigger.CHANGE_PIN, NEW_PIN)
            .on(OPTIONS, Trigger.LEAVE, GOODBYE)
            .on(OPTIONS, Trigger.CALL_ENDED, OVER)
            .on(GREETING_PROMPT, Trigger.TONE_PLAYED, GREETING_RECORDING)
            .on(GREETING_PROMPT, Trigger.CALL_ENDED, OVER)
            .on(GREETING_RECORDING, Trigger.RECORDED, GREETING_SAVING)
            .on(GREETING_RECORDING, Trigger.CALL_ENDED, OVER)
            .on(GREETING_SAVING, Trigger.DONE, OPTIONS)
            .on(GREETING_SAVING, Trigger.CALL_ENDED, OVER)
            .on(NEW_PIN, Trigger.PIN_TYPED, CONFIRM_PIN)
            .on(NEW_PIN, Trigger.RETRY, NEW_PIN)
            .on(NEW_PIN, Trigger.CALL_ENDED, OVER)
            .on(CONFIRM_PIN, Trigger.PIN_TYPED, PIN_SAVING)
            .on(CONFIRM_PIN, Trigger.RETRY, NEW_PIN)
            .on(CONFIRM_PIN, Trigger.CALL_ENDED, OVER)
            .on(PIN_SAVING, Trigger.DONE, OPTIONS)
            .on(PIN_SAVING, Trigger.CALL_ENDED, OVER)
            .on(GOODBYE, Trigger.CALL_ENDED, OVER)
            .build();

    public MenuStage after(Trigger trigger) {
        return TABLE.require(this, trigger);
    }

    public boolean accepts(Trigger trigger) {
        return TABLE.next(this, trigger).isPresent();
    }
}
