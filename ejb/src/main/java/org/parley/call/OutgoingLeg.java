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
 */
public record OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards,
        java.util.List<CallHop> history) {

    public OutgoingLeg {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(offer, "offer");
        history = java.util.List.copyOf(history == null ? java.util.List.of() : history);
    }

    public OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards) {
        this(from, to, destination, offer, maxForwards, java.util.List.of());
    }
}
