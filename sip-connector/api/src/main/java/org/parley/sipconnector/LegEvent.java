package org.parley.sipconnector;

import java.util.List;
import java.util.Objects;

/**
 * What happened on a leg the connector manages: the outcome of an {@link OutboundInvite}, the caller's CANCEL or ACK
 * on an inbound INVITE, a change of session, the end of a dialog. Delivered to
 * {@link SipMessageListener#onLegEvent(LegEvent)} in the order it happened for one leg.
 */
public sealed interface LegEvent {

    /** The leg, as named by {@link SipRequest#legId()} or returned by {@link SipConnection#invite(OutboundInvite)}. */
    String legId();

    /** A provisional response other than 100 on an outgoing leg (180 Ringing, 183 Session Progress with SDP …). */
    record Progress(String legId, int statusCode, String reasonPhrase, SipBody body, List<SipHeader> headers)
            implements LegEvent {
        public Progress {
            Objects.requireNonNull(legId, "legId");
            headers = List.copyOf(headers);
        }
    }

    /**
     * A 2xx on an outgoing leg. The connector has acknowledged it when the INVITE carried an offer; otherwise Parley
     * must call {@link SipConnection#acknowledge(String, SipBody)} with the answer.
     */
    record Answered(String legId, int statusCode, SipBody body, List<SipHeader> headers) implements LegEvent {
        public Answered {
            Objects.requireNonNull(legId, "legId");
            headers = List.copyOf(headers);
        }
    }

    /**
     * A final non-2xx on an outgoing leg (486 Busy Here, 480, 404, 487 after our CANCEL …), 408 when the peer did not
     * answer in time, 503 when it could not be reached. The leg is over.
     */
    record Failed(String legId, int statusCode, String reasonPhrase, List<SipHeader> headers) implements LegEvent {
        public Failed {
            Objects.requireNonNull(legId, "legId");
            headers = List.copyOf(headers);
        }
    }

    /** The ACK for our 2xx on an inbound leg arrived; its body (a late-offer answer) if any. */
    record Confirmed(String legId, SipBody body) implements LegEvent {
        public Confirmed {
            Objects.requireNonNull(legId, "legId");
        }
    }

    /** The caller CANCELled an inbound leg before it was answered; the connector answered 487. The leg is over. */
    record Cancelled(String legId) implements LegEvent {
        public Cancelled {
            Objects.requireNonNull(legId, "legId");
        }
    }

    /**
     * The far end changed the session on a confirmed leg (re-INVITE or UPDATE with SDP: hold, resume, codec change).
     * When the leg is bridged the connector has relayed it to the other leg already.
     */
    record Modified(String legId, SipBody body) implements LegEvent {
        public Modified {
            Objects.requireNonNull(legId, "legId");
        }
    }

    /**
     * The outcome of {@link SipConnection#reoffer}: the final status of Parley's re-INVITE and, for a 2xx, the far
     * end's answer (already acknowledged).
     */
    record Reoffered(String legId, int statusCode, SipBody body) implements LegEvent {
        public Reoffered {
            Objects.requireNonNull(legId, "legId");
            Objects.requireNonNull(body, "body");
        }
    }

    /** The leg's dialog is over. */
    record Ended(String legId, EndCause cause) implements LegEvent {
        public Ended {
            Objects.requireNonNull(legId, "legId");
            Objects.requireNonNull(cause, "cause");
        }
    }
}
