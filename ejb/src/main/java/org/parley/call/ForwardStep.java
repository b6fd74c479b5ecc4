package org.parley.call;

import java.util.Objects;
import java.util.Optional;

/** What a busy or no-answer rule does with a call once the extension's devices have rung. */
public sealed interface ForwardStep {

    /**
     * The call is forwarded.
     *
     * @param hop         the forward (from the extension to the target, with the rule's reason)
     * @param presentedAs  whom the call is presented as coming from; empty: the original caller
     * @param confirmByKey whether what the target rings must be confirmed by key ("press 1 to accept")
     */
    record Forward(CallHop hop, Optional<Party> presentedAs, boolean confirmByKey) implements ForwardStep {
        public Forward {
            Objects.requireNonNull(hop, "hop");
            Objects.requireNonNull(presentedAs, "presentedAs");
        }

        public Forward(CallHop hop, Optional<Party> presentedAs) {
            this(hop, presentedAs, false);
        }
    }

    /** No rule applies (off, or it would loop or go too deep): the call ends as any call does. */
    record Stay() implements ForwardStep {
    }

    /**
     * The rule's target is refused by the toll-fraud policy: the caller gets {@code 403}.
     *
     * @param reason why, for the log
     */
    record Refused(String reason) implements ForwardStep {
    }
}
