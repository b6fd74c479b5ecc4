package org.parley.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the prompts shipped with Parley (made by {@code ejb/src/main/sounds/make-prompts.sh}, listed in
 * docs/media.md). Stable: installations replace them by uploading a sound of the same name.
 */
public final class Prompts {

    public static final String AGENT_LOGGED_IN = "agent-logged-in";
    public static final String AGENT_LOGGED_OUT = "agent-logged-out";
    public static final String FORWARDING_ON = "forwarding-on";
    public static final String FORWARDING_OFF = "forwarding-off";
    public static final String INVALID_CODE = "invalid-code";
    public static final String PLEASE_HOLD = "please-hold";
    /** "You are caller number", then {@link #number(int)}. */
    public static final String YOU_ARE_CALLER_NUMBER = "you-are-caller-number";
    /** "The estimated wait is", then {@link #number(int)} and {@link #MINUTE} or {@link #MINUTES}. */
    public static final String ESTIMATED_WAIT_IS = "estimated-wait-is";
    public static final String MINUTE = "minute";
    public static final String MINUTES = "minutes";
    public static final String PRESS_1_TO_ACCEPT = "press-1-to-accept";
    public static final String LEAVE_MESSAGE_AFTER_TONE = "leave-message-after-tone";
    /** A 1 kHz beep of 0.4 s. */
    public static final String TONE = "tone";
    /** "The person at extension", then the extension's digits ({@link #digits(String)}), then {@link #IS_NOT_AVAILABLE}. */
    public static final String PERSON_AT_EXTENSION = "person-at-extension";
    public static final String IS_NOT_AVAILABLE = "is-not-available";
    public static final String GOODBYE = "goodbye";
    public static final String THANK_YOU = "thank-you";
    /** "You have", then {@link #number(int)} and {@link #NEW_MESSAGE} or {@link #NEW_MESSAGES}. */
    public static final String YOU_HAVE = "you-have";
    public static final String NEW_MESSAGE = "new-message";
    public static final String NEW_MESSAGES = "new-messages";
    public static final String NO_NEW_MESSAGES = "no-new-messages";
    public static final String PRESS_1_TO_LISTEN = "press-1-to-listen";
    public static final String PRESS_1_TO_REPEAT = "press-1-to-repeat";
    public static final String PRESS_2_TO_DELETE = "press-2-to-delete";
    public static final String PRESS_3_TO_SAVE = "press-3-to-save";
    public static final String MESSAGE_DELETED = "message-deleted";
    public static final String MESSAGE_SAVED = "message-saved";
    public static final String ENTER_MAILBOX = "enter-mailbox";
    public static final String ENTER_PIN = "enter-pin";
    public static final String PIN_INCORRECT = "pin-incorrect";
    public static final String PRESS_0_FOR_OPTIONS = "press-0-for-options";
    public static final String PRESS_6_FOR_NEXT = "press-6-for-next";
    /** "Press 1 to record your greeting. Press 5 to change your PIN." */
    public static final String MAILBOX_OPTIONS = "mailbox-options";
    /** "Record your greeting after the tone, then press the pound key." */
    public static final String RECORD_GREETING = "record-greeting";
    public static final String GREETING_SAVED = "greeting-saved";
    public static final String ENTER_NEW_PIN = "enter-new-pin";
    public static final String REENTER_NEW_PIN = "reenter-new-pin";
    /** "A PIN has 4 to 10 digits." */
    public static final String PIN_INVALID = "pin-invalid";
    /** "The two PINs differ." */
    public static final String PINS_DIFFER = "pins-differ";
    public static final String PIN_CHANGED = "pin-changed";
    public static final String AND = "and";
    public static final String OLD_MESSAGE = "old-message";
    public static final String OLD_MESSAGES = "old-messages";
    /** "Press", then a digit ({@link #digit(int)}) and {@link #TO_BE_CALLED_BACK}: a queue's callback offer. */
    public static final String PRESS = "press";
    public static final String TO_BE_CALLED_BACK = "to-be-called-back";
    /** "We will call you back at", then the number's digits, then {@link #PRESS_1_TO_CONFIRM_OR_ENTER_NUMBER}. */
    public static final String CALLBACK_NUMBER_IS = "callback-number-is";
    public static final String PRESS_1_TO_CONFIRM_OR_ENTER_NUMBER = "press-1-to-confirm-or-enter-number";
    public static final String ENTER_CALLBACK_NUMBER = "enter-callback-number";
    public static final String CALLBACK_NUMBER_REFUSED = "callback-number-refused";
    /** Said to the agent of a queue callback, then the number's digits. */
    public static final String CALLBACK_FOR = "callback-for";
    /** The North American ringing tone, one 6 s cycle (2 s on, 4 s off): a queue's caller while an agent rings. */
    public static final String RINGBACK = "ringback";
    /** The shipped music on hold, the {@code default} class's sound. */
    public static final String DEFAULT_MUSIC = "moh-default";

    private Prompts() {
    }

    /** The prompt saying one digit, 0–9: {@code digit-0} … {@code digit-9}. */
    public static String digit(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("not a digit: " + digit);
        }
        return "digit-" + digit;
    }

    /** The prompts saying each digit of a string of digits in turn (an extension, a code). */
    public static List<String> digits(String digits) {
        List<String> names = new ArrayList<>(digits.length());
        for (char c : digits.toCharArray()) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            names.add(digit(c - '0'));
        }
        return names;
    }

    /**
     * The prompts saying a number as a word: 0–9 and 10–20 in one prompt, 21–99 as tens then units ("thirty" "four"),
     * larger numbers digit by digit.
     */
    public static List<String> number(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        if (n < 10) {
            return List.of(digit(n));
        }
        if (n <= 20 || n < 100 && n % 10 == 0) {
            return List.of("number-" + n);
        }
        if (n < 100) {
            return List.of("number-" + n / 10 * 10, digit(n % 10));
        }
        return digits(Integer.toString(n));
    }
}
