package org.parley.voicemail.internal;

import java.util.Optional;
import org.parley.voicemail.SignInStage;

/**
 * One caller opening a box with {@code *98}: the keys typed so far, the box once typed, the wrong PINs, the stage.
 */
final class BoxSignIn {

    /** Wrong PINs before Parley says goodbye (as Asterisk's {@code maxlogins}). */
    static final int MAX_ATTEMPTS = 3;
    private static final int LONGEST_ENTRY = 10;

    final String callId;
    final String legId;
    final String endpointId;
    final String caller;
    private final KeyEntry typed = new KeyEntry(LONGEST_ENTRY);
    private final StringBuilder held = new StringBuilder();
    private String box = "";
    private int wrongPins;
    private SignInStage stage = SignInStage.BOX_NUMBER;

    BoxSignIn(String callId, String legId, String endpointId, String caller) {
        this.callId = callId;
        this.legId = legId;
        this.endpointId = endpointId;
        this.caller = caller;
    }

    SignInStage stage() {
        return stage;
    }

    String box() {
        return box;
    }

    /**
     * A key: a digit is kept (up to 10), {@code #} ends the entry and returns it; other keys are ignored. While a PIN
     * is being checked keys are held (typed ahead) for the menu or the next attempt: {@link #takeHeld()}.
     *
     * @return the entry {@code #} ended; empty while typing
     */
    Optional<String> key(char digit) {
        if (stage == SignInStage.CHECKING) {
            held.append(digit);
            return Optional.empty();
        }
        return typed.key(digit);
    }

    /** The keys typed while the PIN was checked, in order; forgets them. */
    String takeHeld() {
        String keys = held.toString();
        held.setLength(0);
        return keys;
    }

    void boxEntered(String number) {
        this.box = number;
        move(SignInStage.Trigger.BOX_ENTERED);
    }

    /** A wrong PIN: true when attempts are left (back to {@code PIN}), false once refused. */
    boolean wrongPin() {
        wrongPins++;
        if (wrongPins >= MAX_ATTEMPTS) {
            move(SignInStage.Trigger.REFUSE);
            return false;
        }
        move(SignInStage.Trigger.PIN_WRONG);
        return true;
    }

    void move(SignInStage.Trigger trigger) {
        stage = stage.after(trigger);
    }
}
