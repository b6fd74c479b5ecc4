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
 * @param confirmFor  the extension whose forward or extra device asks "press 1 to accept" of this leg: when it
 *                    answers it is answered by Parley's media and prompted, and connected only on the key 1
 *                    ({@link ConfirmStage}); empty for a leg that connects when it answers
 */
public record OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards,
        java.util.List<CallHop> history, java.util.Optional<ReferredBy> referredBy,
        java.util.Optional<String> confirmFor) {

    public OutgoingLeg {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(offer, "offer");
        history = java.util.List.copyOf(history == null ? java.util.List.of() : history);
        Objects.requireNonNull(referredBy, "referredBy");
        Objects.requireNonNull(confirmFor, "confirmFor");
    }

    public OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards,
            java.util.List<CallHop> history, java.util.Optional<ReferredBy> referredBy) {
        this(from, to, destination, offer, maxForwards, history, referredBy, java.util.Optional.empty());
    }

    public OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards,
            java.util.List<CallHop> history) {
        this(from, to, destination, offer, maxForwards, history, java.util.Optional.empty());
    }

    /** This leg, for a transfer's target: its INVITE names who asked for the transfer. */
    public OutgoingLeg referredBy(ReferredBy referrer) {
        return new OutgoingLeg(from, to, destination, offer, maxForwards, history, java.util.Optional.of(referrer),
                confirmFor);
    }

    /** This leg with another offer (an engine endpoint's, when Parley anchors the call's media). */
    public OutgoingLeg withOffer(SessionDescription newOffer) {
        return new OutgoingLeg(from, to, destination, newOffer, maxForwards, history, referredBy, confirmFor);
    }

    /** This leg, to be confirmed by key on behalf of {@code extension} when it answers. */
    public OutgoingLeg confirmedFor(String extension) {
        return new OutgoingLeg(from, to, destination, offer, maxForwards, history, referredBy,
                java.util.Optional.of(extension));
    }

    public OutgoingLeg(Party from, Party to, Destination destination, SessionDescription offer, int maxForwards) {
        this(from, to, destination, offer, maxForwards, java.util.List.of());
    }
}
