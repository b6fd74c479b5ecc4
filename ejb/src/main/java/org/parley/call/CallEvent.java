package org.parley.call;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A fact about a call, published (as a CDI event) to call records, the live event stream and, later, queues and
 * tracing. Observers must be quick: they run under the call's lock, so that a call's events arrive in order.
 *
 * @param type what happened
 * @param call the call right after it happened
 * @param at   when
 */
public record CallEvent(Type type, CallView call, Instant at) {

    /** What happened. */
    public enum Type {
        CREATED, RINGING, ANSWERED, HELD, RESUMED, ENDED,
        /** A transfer started ({@code call.transferring}). */
        TRANSFERRING,
        /**
         * The API's attended transfer: the target answered and the transferor consults it while the remaining party
         * waits ({@code call.transfer_consulting}, the call's transfer at stage {@code CONSULTING}).
         */
        TRANSFER_CONSULTING,
        /** A transfer connected the remaining party with its target ({@code call.transferred}). */
        TRANSFERRED,
        /** A transfer failed; the call goes on as before ({@code call.transfer_failed}). */
        TRANSFER_FAILED;

        /** The event name on {@code /api/events}, e.g. {@code call.answered}. */
        public String eventName() {
            return "call." + name().toLowerCase(Locale.ROOT);
        }
    }

    public CallEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(at, "at");
    }
}
