package org.parley.registrar;

import java.util.Objects;

/** What {@link BindingRules#apply} decided for one REGISTER. */
public sealed interface BindingResult {

    /** The request is accepted; {@code after} is the new set of bindings (possibly the same as before). */
    record Changed(AorBindings after) implements BindingResult {
        public Changed {
            Objects.requireNonNull(after, "after");
        }
    }

    /** The request is refused as a whole; nothing changed. */
    record Failed(Refusal refusal) implements BindingResult {
        public Failed {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** A contact asked for a lifetime below the minimum: 423 with {@code Min-Expires}; nothing changed. */
    record TooBrief(int minExpires) implements BindingResult {
    }
}
