package org.parley.forwarding;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forwarding rules an extension has, in the order call routing weighs them: unconditional and unavailable decide
 * before anything rings, busy and no answer once the extension's devices have rung.
 */
public enum ForwardKind {
    /** Every call goes to the target; none of the extension's own devices rings. */
    UNCONDITIONAL("unconditional", "unconditional"),
    /** The extension has no registered SIP device. */
    UNAVAILABLE("unavailable", "unavailable"),
    /** Its devices answered busy ({@code 486}, {@code 600}, {@code 603}). */
    BUSY("busy", "busy"),
    /** Nobody answered within the extension's ring time. */
    NO_ANSWER("noAnswer", "no-answer");

    private final String field;
    private final String reason;

    ForwardKind(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }

    /** Its name in the REST API and in error messages ({@code noAnswer}). */
    public String field() {
        return field;
    }

    /** The reason a forward by this rule is recorded under in a call's history ({@code no-answer}). */
    public String reason() {
        return reason;
    }

    /** Whether the rule decides after the extension's devices have rung (busy, no answer). */
    public boolean afterRinging() {
        return this == BUSY || this == NO_ANSWER;
    }

    public static Optional<ForwardKind> ofField(String field) {
        return Arrays.stream(values()).filter(k -> k.field.equals(field)).findFirst();
    }
}
