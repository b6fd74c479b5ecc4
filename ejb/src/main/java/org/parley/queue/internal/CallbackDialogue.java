package org.parley.queue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parley.media.Prompts;

/**
 * The conversation with a caller who pressed the callback key: Parley says the number it will call (the caller ID,
 * digit by digit) and "press 1 to confirm, or enter another number followed by #". {@code 1} first confirms the
 * caller ID; any other digit starts a number of the caller's own, ended by {@code #} ({@code *} starts it again). A
 * number the toll-fraud rules refuse is said to be refused and asked for again. Pure: the queue plays what it returns.
 */
final class CallbackDialogue {

    /** What Parley does after a key. */
    sealed interface Reply {
    }

    /** Say these prompts (nothing when empty: the caller is still keying). */
    record Say(List<String> prompts) implements Reply {
    }

    /** The number is confirmed: thank the caller and hang up. */
    record Confirmed(String number) implements Reply {
    }

    private final String callerId;
    private final Function<String, Optional<String>> refusal;
    private final StringBuilder typed = new StringBuilder();

    /**
     * @param callerId the caller's number (said when it is all digits, else the caller is asked to key a number)
     * @param refusal  why a number may not be called back, if it may not (the toll-fraud rules)
     */
    CallbackDialogue(String callerId, Function<String, Optional<String>> refusal) {
        this.callerId = callerId;
        this.refusal = refusal;
    }

    /** What the caller hears first. */
    List<String> opening() {
        List<String> prompts = new ArrayList<>();
        if (callerIdUsable()) {
            prompts.add(Prompts.CALLBACK_NUMBER_IS);
            prompts.addAll(Prompts.digits(digitsOf(callerId)));
            prompts.add(Prompts.PRESS_1_TO_CONFIRM_OR_ENTER_NUMBER);
        } else {
            prompts.add(Prompts.ENTER_CALLBACK_NUMBER);
        }
        return prompts;
    }

    /** The caller pressed {@code key}. */
    Reply key(char key) {
        if (key == '1' && typed.isEmpty() && callerIdUsable()) {
            return check(callerId);
        }
        if (key == '*') {
            typed.setLength(0);
            return new Say(List.of());
        }
        if (key == '#') {
            return typed.isEmpty() ? new Say(opening()) : check(typed.toString());
        }
        if (key >= '0' && key <= '9' && typed.length() < 20) {
            typed.append(key);
        }
        return new Say(List.of());
    }

    private Reply check(String number) {
        typed.setLength(0);
        if (refusal.apply(number).isPresent()) {
            return new Say(List.of(Prompts.CALLBACK_NUMBER_REFUSED, Prompts.ENTER_CALLBACK_NUMBER));
        }
        return new Confirmed(number);
    }

    private boolean callerIdUsable() {
        return !digitsOf(callerId).isEmpty() && callerId.matches("\\+?[0-9]+");
    }

    private static String digitsOf(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }
}
