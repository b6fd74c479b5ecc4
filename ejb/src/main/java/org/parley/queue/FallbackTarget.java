package org.parley.queue;

import java.time.Clock;
import java.util.Objects;
import org.parley.call.CallHop;
import org.parley.call.CallSteering;
import org.parley.call.Party;

/**
 * Where a caller goes who leaves a queue without an agent (maximum wait, queue empty or refused), named by the
 * queue's {@code fallback} number: an extension or a mailbox, found by {@link FallbackTargets}.
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

    /**
     * A mailbox (a shared box, or the box of an extension): the caller is answered by Parley and leaves a message, the
     * call's record showing the voicemail hop to the box (as for a forward to voicemail: from the box's number to it).
     *
     * @param number the box's number
     * @param clock  when the hop happens
     */
    record Mailbox(String number, Clock clock) implements FallbackTarget {

        /** The hop's reason: the caller waited the queue's maximum (or the queue had nobody). */
        public static final String REASON = "queue-timeout";

        public Mailbox {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(clock, "clock");
        }

        @Override
        public boolean sendAway(CallSteering steering, String callId) {
            return steering.toMailbox(callId, new CallHop(CallHop.Type.VOICEMAIL, Party.of(number),
                    new Party(number, "Voicemail"), REASON, clock.instant()));
        }
    }
}
