package org.parley.call;

import org.parley.platform.state.TransitionTable;

/**
 * Where a forwarded or extra-device leg with {@code confirmByKey} ("press 1 to accept") is: the device rings while the
 * caller hears ringback; once it answers it is answered by Parley's media and hears the prompt, and only {@code 1}
 * connects the caller. Any other key, {@link #SILENCE_SECONDS} without a key or the device hanging up refuses the
 * call, which then goes to the company voicemail, so that a mobile phone's own voicemail never takes the company's
 * calls. One per such leg, kept by the call ({@link Call#confirmation}).
 */
public enum ConfirmStage {
    /** The device rings; the caller hears ringback. */
    RINGING,
    /** The device answered (on Parley's media) and hears "press 1 to accept the call"; the caller hears ringing. */
    PROMPTING,
    /** {@code 1}: the caller is answered and relayed with the device. */
    ACCEPTED,
    /** Another key, silence or the device's hang-up: the leg is hung up, the caller goes to the company voicemail. */
    REFUSED,
    /** The call no longer needs the leg (the caller hung up, another device answered, the ring failed or ended). */
    OVER;

    /** How long the device may stay silent after the prompt before the call is refused. */
    public static final int SILENCE_SECONDS = 10;

    /** What moves a confirmation. */
    public enum Trigger {
        /** The device answered: it is played the prompt. */
        DEVICE_ANSWERED,
        /** It pressed {@code 1}. */
        KEY_ONE,
        /** It pressed any other key. */
        OTHER_KEY,
        /** No key within {@link #SILENCE_SECONDS} after the prompt (an answering machine). */
        SILENCE,
        /** It hung up while prompted. */
        DEVICE_HUNG_UP,
        /** It failed to answer (busy, unreachable, cancelled as it never answered). */
        RING_FAILED,
        /** The call moved on without it: the caller hung up, another device answered, the ring time ended. */
        WITHDRAWN;

        /** The trigger of a key the device pressed. */
        public static Trigger ofKey(char digit) {
            return digit == '1' ? KEY_ONE : OTHER_KEY;
        }
    }

    static final TransitionTable<ConfirmStage, Trigger> TABLE = TransitionTable.of("press 1 to accept",
            ConfirmStage.class, Trigger.class)
            .on(RINGING, Trigger.DEVICE_ANSWERED, PROMPTING)
            .on(RINGING, Trigger.RING_FAILED, OVER)
            .on(RINGING, Trigger.WITHDRAWN, OVER)
            .on(PROMPTING, Trigger.KEY_ONE, ACCEPTED)
            .on(PROMPTING, Trigger.OTHER_KEY, REFUSED)
            .on(PROMPTING, Trigger.SILENCE, REFUSED)
            .on(PROMPTING, Trigger.DEVICE_HUNG_UP, REFUSED)
            .on(PROMPTING, Trigger.WITHDRAWN, OVER)
            .build();

    /** The stage after {@code trigger}; throws {@link TransitionTable.IllegalTransition} when none is allowed. */
    public ConfirmStage after(Trigger trigger) {
        return TABLE.require(this, trigger);
    }

    /** Whether {@code trigger} moves this stage (a key after the decision does not). */
    public boolean accepts(Trigger trigger) {
        return TABLE.next(this, trigger).isPresent();
    }
}
