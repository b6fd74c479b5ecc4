package org.parley.call;

import java.util.Objects;

/**
 * A leg call control wants opened.
 *
 * @param from        who the call is presented as coming from
 * @param to          who is called
 * @param destination where to send it
 * @param offer       the session offer (the caller's SDP), or none for a late offer
 * @param maxForwards Max-Forwards for the new INVITE
 * @param history     the forwards and transfers that led here (carried to carriers as Diversion / History-Info)
 * @param referredBy  for a transfer's target: who asked for the transfer (sent as Referred-By)
 */
public record OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards,
        java.util.List<CallHop> history, java.util.Optional<ReferredBy> referredBy) {

    public OutgoingLeg {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(offer, "offer");
        history = java.util.List.copyOf(history == null ? java.util.List.of() : history);
        Objects.requireNonNull(referredBy, "referredBy");
    }

    public OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards,
            java.util.List<CallHop> history) {
        this(from, to, destination, offer, maxForwards, history, java.util.Optional.empty());
    }

    /** This leg, for a transfer's target: its INVITE names who asked for the transfer. */
    public OutgoingLeg referredBy(ReferredBy referrer) {
        return new OutgoingLeg(from, to, destination, offer, maxForwards, history, java.util.Optional.of(referrer));
    }

    /** This leg with another offer (an endpoint of Parley's media engine, for a call whose caller it anchors). */
    public OutgoingLeg withOffer(SessionDescription other) {
        return new OutgoingLeg(from, to, destination, other, maxForwards, history, referredBy);
    }

    public OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards) {
        this(from, to, destination, offer, maxForwards, java.util.List.of());
    }
}
