package org.parley.sipconnector.jain;

import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.address.Hop;
import javax.sip.message.Request;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipAuth;

/**
 * One call leg: a dialog the connector holds with a phone or trunk on Parley's behalf, its state, what is in flight
 * on it, and the lane its events reach the application by. Every field is guarded by the leg's own monitor; code
 * never holds two legs' monitors at once (a relay finishes with one leg before it locks the other), so bridged legs
 * cannot deadlock.
 */
final class Leg {

    private static final Logger LOG = Logger.getLogger(Leg.class.getName());

    /** Who opened the dialog. */
    enum Direction {
        /** A phone or trunk called Parley (we are the UAS of the INVITE). */
        INCOMING,
        /** Parley called out (we are the UAC). */
        OUTGOING
    }

    final String id;
    final Direction direction;
    final LegDialog dialog;
    final DeliveryLane lane;

    /** Written under the monitor; read without it only to decide whether a bridge may form ({@link Bridges}). */
    private volatile SipLegState state;
    private EndCause endCause;

    /** The dialog's next hop, when pinned (a NATed phone's source address, the target Parley gave). */
    Hop pin;

    /** Incoming: the INVITE's server transaction, until its final response. */
    InboundTransaction invite;
    /** Incoming: the key the INVITE is registered under for CANCEL matching, while it is pending. */
    InviteRef pendingInvite;
    /** A 2xx of ours waiting for its ACK (the INVITE's, or a relayed re-INVITE's). */
    AckWait ackWait;
    /** Incoming: Parley hung up before the ACK arrived; BYE goes out once it does (RFC 3261 §15). */
    boolean byeWhenAcked;
    /**
     * The device on the other leg of this leg's bridge hung up: whoever hangs this leg up next (the connector, or
     * the application reacting to the other leg's end first), its end reports {@link EndCause#PARTNER_HANGUP}.
     */
    volatile boolean partnerHungUp;

    /** Outgoing: the INVITE as last sent (after a challenge, the one with credentials). */
    Request inviteRequest;
    /** Outgoing: its client transaction, until the final answer. */
    ClientTransaction inviteTransaction;
    /** Outgoing: the handler of the INVITE currently out; answers to an earlier (challenged) one are ignored. */
    ClientHandler currentInvite;
    /** Outgoing: whether the INVITE carried an offer (else the answer goes in the ACK, RFC 3264 late offer). */
    boolean offerSent;
    /** Outgoing: a provisional answer arrived, so a CANCEL may go (RFC 3261 §9.1). */
    boolean provisional;
    /** Outgoing: Parley cancelled before any provisional; the CANCEL goes with the first one. */
    boolean cancelWaiting;
    /** Outgoing: credentials for challenges, and whether the current INVITE already answered one. */
    Optional<SipAuth> auth = Optional.empty();
    boolean challengeAnswered;
    /** Outgoing: the ACK we sent last, resent when its 2xx is retransmitted. */
    Request lastAck;
    /** Parley's re-INVITE without offer whose 2xx waits for Parley's answer in the ACK: its CSeq, else -1. */
    long reofferAckCSeq = -1;
    /** When that answer is overdue (64·T1): ACK without body, then BYE. */
    Future<?> reofferDeadline;
    /** A deadline: Parley's acknowledge of a late-offer 2xx, or the INVITE's final after our CANCEL. */
    Future<?> deadline;

    /** The bridge this leg is in; changed without the leg's monitor, by compare-and-set ({@link Bridges}). */
    final AtomicReference<Bridge> bridge = new AtomicReference<>();

    Leg(String id, Direction direction, LegDialog dialog, DeliveryLane lane, SipLegState initial) {
        this.id = id;
        this.direction = direction;
        this.dialog = dialog;
        this.lane = lane;
        this.state = initial;
    }

    SipLegState state() {
        return state;
    }

    boolean incoming() {
        return direction == Direction.INCOMING;
    }

    /**
     * Moves to {@code next} as the transition table allows ({@link SipLegState}).
     *
     * @throws IllegalStateException for a move the table does not allow: a defect, logged and refused
     */
    void moveTo(SipLegState next) {
        if (!state.canMoveTo(next)) {
            IllegalStateException e = new IllegalStateException("leg " + id + " cannot go from " + state + " to "
                    + next);
            LOG.log(Level.SEVERE, e.getMessage(), e);
            throw e;
        }
        state = next;
    }

    /** Starts ending with our BYE out; the cause is what {@link LegEvent.Ended} will say. */
    void ending(EndCause cause) {
        moveTo(SipLegState.ENDING);
        endCause = cause;
    }

    /** Why the leg ends, once {@link #ending} decided it. */
    EndCause endCause() {
        return endCause;
    }

    /** Queues an event for the application behind the leg's earlier ones. */
    void emit(LegEvent event) {
        lane.submit(EventDelivery.of(event));
    }

    @Override
    public String toString() {
        return "leg " + id + " (" + direction + ", " + state + ", Call-ID " + dialog.callId() + ")";
    }
}
