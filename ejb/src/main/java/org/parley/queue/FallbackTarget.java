package org.parley.queue;

import java.util.Objects;
import org.parley.call.CallSteering;

/**
 * Where a caller goes who leaves a queue without an agent (maximum wait, queue empty or refused), named by the
 * queue's {@code fallback} number. Today an extension; a mailbox joins as another case once mailboxes exist (its
 * {@link #sendAway} leaving the caller at the box), found by {@link FallbackTargets}, without the queue changing.
 */
public sealed interface FallbackTarget {

    /** The number the queue's settings name. */
    String number();

    /** Sends the waiting call there for good; false when the call is over or answered meanwhile. */
    boolean sendAway(CallSteering steering, String callId);

    /** An extension: its devices ring with its own forwarding, as for a call dialled to it. */
    record Extension(String number) implements FallbackTarget {

        public Extension {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public boolean sendAway(CallSteering steering, String callId) {
            return steering.divert(callId, number);
        }
    }
}
