package org.parley.call;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a call for an extension goes before anything rings, once its unconditional and unavailable forwards have been
 * followed.
 *
 * @param hops                 the forwards taken, in order (recorded in the call's history and carried to carriers)
 * @param target               what rings in the end
 * @param presentedAs          whom the call is presented as coming from, when a forward's rule chose the company
 *                             number; empty: the original caller
 * @param forwardsAfterRinging whether the extension that rings has a busy or no-answer rule: its call is then steered
 *                             by forwarding once its devices have rung
 * @param confirmFor           the extension whose last forward asks "press 1 to accept" ({@code confirmByKey}) of
 *                             whatever the target rings; empty: the target's devices connect when they answer
 */
public record ForwardPlan(List<CallHop> hops, Target target, Optional<Party> presentedAs,
        boolean forwardsAfterRinging, Optional<String> confirmFor) {

    public ForwardPlan {
        hops = List.copyOf(hops);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(presentedAs, "presentedAs");
        Objects.requireNonNull(confirmFor, "confirmFor");
    }

    public ForwardPlan(List<CallHop> hops, Target target, Optional<Party> presentedAs, boolean forwardsAfterRinging) {
        this(hops, target, presentedAs, forwardsAfterRinging, Optional.empty());
    }

    /** What rings in the end. */
    public sealed interface Target {
    }

    /**
     * An extension: its registered SIP phones and its extra devices at once.
     *
     * @param number           the extension
     * @param extraDevices     the E.164 numbers of its extra devices the toll-fraud policy lets ring
     * @param confirmedDevices those of them that must be confirmed by key ("press 1 to accept") when they answer
     */
    public record Extension(String number, List<String> extraDevices, java.util.Set<String> confirmedDevices)
            implements Target {
        public Extension {
            Objects.requireNonNull(number, "number");
            extraDevices = List.copyOf(extraDevices);
            confirmedDevices = java.util.Set.copyOf(confirmedDevices);
        }

        public Extension(String number, List<String> extraDevices) {
            this(number, extraDevices, java.util.Set.of());
        }
    }

    /**
     * An outside number, through the outbound route for it.
     *
     * @param e164 the number
     */
    public record Outside(String e164) implements Target {
        public Outside {
            Objects.requireNonNull(e164, "e164");
        }
    }

    /**
     * A queue's number: the call enters the queue and waits there for an agent, as if it had been dialled.
     *
     * @param number the queue's number
     */
    public record Queue(String number) implements Target {
        public Queue {
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * Nothing: a forward would reach a number the toll-fraud policy refuses; the caller gets {@code 403}.
     *
     * @param reason why, for the log
     */
    public record Refused(String reason) implements Target {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
