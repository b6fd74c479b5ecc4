package org.parley.voicemail;

import org.parley.platform.state.TransitionTable;

/** Where a caller listening to their messages by phone ({@code *97}) is (Asterisk's {@code VoiceMailMain}). */
public enum MenuStage {
    /** Hearing "you have N new messages" (and "press 1 to listen" when there are any). */
    SUMMARY,
    /** Hearing a message, then its choices: 1 repeat, 2 delete, 3 save. */
    MESSAGE,
    /** Hearing "goodbye": Parley hangs up at its end. */
    GOODBYE,
    /** The call is over. */
    OVER;

    /** What moves the menu. */
    public enum Trigger {
        /** {@code 1} in the summary, {@code 1} (repeat) on a message, or the next message after {@code 2}/{@code 3}. */
        PLAY,
        /** {@code #}, or no message left after {@code 2}/{@code 3}. */
        LEAVE,
        /** The call ended. */
        CALL_ENDED
    }

    static final TransitionTable<MenuStage, Trigger> TABLE = TransitionTable.of("voicemail menu", MenuStage.class,
            Trigger.class)
            .on(SUMMARY, Trigger.PLAY, MESSAGE)
            .on(SUMMARY, Trigger.LEAVE, GOODBYE)
            .on(SUMMARY, Trigger.CALL_ENDED, OVER)
            .on(MESSAGE, Trigger.PLAY, MESSAGE)
            .on(MESSAGE, Trigger.LEAVE, GOODBYE)
            .on(MESSAGE, Trigger.CALL_ENDED, OVER)
            .on(GOODBYE, Trigger.CALL_ENDED, OVER)
            .build();

    public MenuStage after(Trigger trigger) {
        return TABLE.require(this, trigger);
    }

    public boolean accepts(Trigger trigger) {
        return TABLE.next(this, trigger).isPresent();
    }
}
