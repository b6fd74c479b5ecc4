package org.parley.voicemail.internal;

import java.util.Objects;
import org.parley.call.CallVoicemail;
import org.parley.voicemail.DepositStage;

/** One caller leaving a message: the call, its spool entry and its stage. Changed only under its own lock. */
final class MessageDeposit {

    private final CallVoicemail.Deposit call;
    private final String messageId;
    private DepositStage stage = DepositStage.GREETING;

    MessageDeposit(CallVoicemail.Deposit call, String messageId) {
        this.call = Objects.requireNonNull(call, "call");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
    }

    CallVoicemail.Deposit call() {
        return call;
    }

    String messageId() {
        return messageId;
    }

    /** The call ended: the deposit is over; returns the stage it was in (atomically, against a greeting's end). */
    synchronized DepositStage end() {
        DepositStage was = stage;
        stage = stage.after(DepositStage.Trigger.CALL_ENDED);
        return was;
    }

    /**
     * Moves on when the stage takes {@code trigger}; false, staying where it is, when the trigger does not apply now (a
     * {@code #} during the greeting, a second {@code #}).
     */
    synchronized boolean move(DepositStage.Trigger trigger) {
        if (!stage.accepts(trigger)) {
            return false;
        }
        stage = stage.after(trigger);
        return true;
    }
}
