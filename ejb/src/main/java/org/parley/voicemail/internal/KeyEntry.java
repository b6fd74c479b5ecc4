package org.parley.voicemail.internal;

import java.util.Optional;

/** Digits typed on a phone's keypad until {@code #} (a box number, a PIN); other keys are ignored. */
final class KeyEntry {

    private final int longest;
    private final StringBuilder typed = new StringBuilder();

    /** @param longest the most digits kept (further ones are dropped) */
    KeyEntry(int longest) {
        this.longest = longest;
    }

    /**
     * A key: a digit is kept, {@code #} ends the entry and returns it (the entry starts over).
     *
     * @return the entry {@code #} ended; empty while typing
     */
    Optional<String> key(char digit) {
        if (digit == '#') {
            String entry = typed.toString();
            typed.setLength(0);
            return Optional.of(entry);
        }
        if (Character.isDigit(digit) && typed.length() < longest) {
            typed.append(digit);
        }
        return Optional.empty();
    }

    /** Forgets what was typed. */
    void clear() {
        typed.setLength(0);
    }
}
