package org.parley.sipconnector.jain;

import gov.nist.javax.sip.message.SIPRequest;
import java.net.InetAddress;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sip.ServerTransaction;
import javax.sip.address.Hop;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * Legs opened by INVITEs that reach Parley (the connector is their UAS): the leg is opened as the INVITE is accepted,
 * answered through the application's responses, confirmed by the ACK of its 2xx, cancelled by a CANCEL.
 */
final class IncomingCalls {

    private static final Logger LOG = Logger.getLogger(IncomingCalls.class.getName());

    private static final SipResponseSpec TRYING = SipResponseSpec.status(100).build();
    private static final SipResponseSpec OK = SipResponseSpec.status(200).build();
    private static final SipResponseSpec TERMINATED = SipResponseSpec.status(487).build();
    private static final SipResponseSpec UNAVAILABLE = SipResponseSpec.status(480).build();

    private final CallContext ctx;

    IncomingCalls(CallContext ctx) {
        this.ctx = ctx;
    }

    /**
     * On the stack's thread, for a dialog-creating INVITE the application will get: opens its leg with the INVITE's
     * delivery first in its lane (so no event of the leg can overtake it) and answers 100 Trying at once, so the
     * caller stops retransmitting while the application decides.
     */
    Leg open(InboundTransaction tx, Request invite, LaneItem delivery) {
        LegDialog dialog = LegDialog.asCallee(invite, tx.localTag());
        Leg leg = new Leg(tx.legId(), Leg.Direction.INCOMING, dialog, ctx.newLane("leg " + tx.legId()),
                SipLegState.OFFERED);
        leg.lane.hold();
        leg.lane.submit(delivery);
        leg.invite = tx;
        leg.pendingInvite = InviteRef.of(invite);
        leg.pin = natPin(invite, dialog);
        if (!ctx.legs.add(leg)) {
            throw new IllegalStateException("leg id " + leg.id + " given out twice");
        }
        ctx.legs.pending(leg.pendingInvite, (cancelTx, cancel) -> cancelled(leg, cancelTx));
        // 100 Trying before the delivery is released: the application's final answer (a 407 within a millisecond)
        // must never be overtaken by it
        if (answersOverArrivalTransport(invite)) {
            try {
                Responder.send(tx.transaction(), ctx.responder.build(tx, TRYING));
            } catch (SipSendException e) {
                ctx.sendFailures.record(LOG, "100 Trying for {0} not sent: {1}", new Object[] {leg, e.getMessage()});
            }
        }
        // else JAIN-SIP sends 100 Trying itself after 200 ms, on its timer thread: a Via naming another transport
        // than the one the INVITE came over would have this thread open a connection
        leg.lane.release();
        return leg;
    }

    /** Whether a response goes back over the transport the request came on (its top Via names that transport). */
    private static boolean answersOverArrivalTransport(Request request) {
        return request instanceof SIPRequest sip
                && sip.getMessageChannel() instanceof gov.nist.javax.sip.stack.MessageChannel channel
                && request.getHeader(ViaHeader.NAME) instanceof ViaHeader via
                && channel.getTransport().equalsIgnoreCase(via.getTransport());
    }

    /**
     * In-dialog requests to a caller behind NAT must go where its INVITE came from, not to the private address in its
     * Contact: the dialog is pinned to the packet's source when it has no route set and the caller asked for rport
     * (RFC 3581: it receives where it sends) or its Contact names a private or link-local address; a caller over a
     * WebSocket is always pinned to its connection.
     */
    private Hop natPin(Request invite, LegDialog dialog) {
        if (dialog.hasRouteSet() || !(invite instanceof SIPRequest request)
                || request.getPeerPacketSourceAddress() == null) {
            return null;
        }
        ViaHeader via = (ViaHeader) invite.getHeader(ViaHeader.NAME);
        String arrival = arrivalTransport(request);
        if ("WS".equalsIgnoreCase(arrival) || "WSS".equalsIgnoreCase(arrival)) {
            // RFC 7118 §5: a WebSocket client is reached only over the connection it opened
            return ctx.router.pin(dialog.callId(), request.getPeerPacketSourceAddress().getHostAddress(),
                    request.getPeerPacketSourcePort(), arrival);
        }
        boolean symmetric = via != null && via.getParameter("rport") != null;
        if (!symmetric && !privateContact(invite)) {
            return null;
        }
        return ctx.router.pin(dialog.callId(), request.getPeerPacketSourceAddress().getHostAddress(),
                request.getPeerPacketSourcePort(), via == null ? "UDP" : via.getTransport());
    }

    private static String arrivalTransport(SIPRequest request) {
        return request.getMessageChannel() instanceof gov.nist.javax.sip.stack.MessageChannel channel
                ? channel.getTransport() : "UDP";
    }

    private static boolean privateContact(Request invite) {
        if (invite.getHeader(ContactHeader.NAME) instanceof ContactHeader contact
                && contact.getAddress().getURI() instanceof SipURI uri && uri.getHost() != null) {
            String host = uri.getHost();
            if (IPV4.matcher(host).matches() || host.startsWith("[") || host.indexOf(':') >= 0) {
                try {
                    // an address literal: no name lookup happens
                    InetAddress address = InetAddress.getByName(host);
                    return address.isSiteLocalAddress() || address.isLinkLocalAddress();
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * The application's response to the leg's INVITE (RFC 3261 §13.3.1): a provisional (with the leg's tag) or a 2xx
     * gets the connector's Contact when it has none; a 2xx is resent until its ACK; any other final ends the leg.
     *
     * @throws SipSendException when the leg's INVITE can no longer be answered (cancelled, answered, expired)
     */
    void respond(Leg leg, SipResponseSpec spec) {
        int code = spec.statusCode();
        synchronized (leg) {
            if (leg.state() != SipLegState.OFFERED) {
                throw new SipSendException(leg + ": its INVITE was already answered or cancelled");
            }
            Response response = ctx.responder.build(leg.invite, spec);
            // a 1xx with our tag or a 2xx establishes the (early) dialog: it needs our Contact (RFC 3261 §12.1.1)
            if (code > 100 && code < 300 && response.getHeader(ContactHeader.NAME) == null) {
                response.setHeader(ctx.out.contact(transport(leg), null));
            }
            if (code >= 200 && code < 300) {
                ctx.awaitAck(leg, response, ack -> confirmed(leg, ack), () -> ackMissing(leg));
            }
            try {
                Responder.send(leg.invite.transaction(), response);
            } catch (SipSendException e) {
                if (leg.ackWait != null) {
                    leg.ackWait.cancelTimers();
                    leg.ackWait = null;
                }
                throw e;
            }
            if (code < 200) {
                return;
            }
            ctx.legs.notPending(leg.pendingInvite);
            leg.pendingInvite = null;
            if (code < 300) {
                leg.moveTo(SipLegState.ANSWERED);
                // JAIN-SIP ended the INVITE transaction with the 2xx (RFC 3261 §17.2.1): its key names nothing now
                ctx.responder.forget(leg.invite);
            } else {
                ctx.end(leg, null);
            }
        }
    }

    private static String transport(Leg leg) {
        ViaHeader via = (ViaHeader) leg.invite.transaction().getRequest().getHeader(ViaHeader.NAME);
        return via == null ? "UDP" : via.getTransport();
    }

    /** The ACK of the leg's 2xx: the dialog is confirmed (or, if Parley hung up meanwhile, ended with BYE). */
    private void confirmed(Leg leg, Request ack) {
        synchronized (leg) {
            if (leg.state() != SipLegState.ANSWERED) {
                return;
            }
            leg.moveTo(SipLegState.CONFIRMED);
            if (leg.byeWhenAcked) {
                ctx.hangUp(leg, EndCause.LOCAL_HANGUP);
            } else {
                leg.emit(new LegEvent.Confirmed(leg.id, OutgoingMessages.body(ack)));
            }
        }
    }

    /** No ACK within 64·T1 (RFC 3261 §13.3.1.4): the session ends with BYE. */
    private void ackMissing(Leg leg) {
        synchronized (leg) {
            if (leg.state() == SipLegState.ANSWERED) {
                ctx.hangUp(leg, leg.byeWhenAcked ? EndCause.LOCAL_HANGUP : EndCause.ACK_TIMEOUT);
            }
        }
    }

    /** A CANCEL of the leg's INVITE (RFC 3261 §9.2): 200 for it, 487 for the INVITE while unanswered. */
    private void cancelled(Leg leg, ServerTransaction cancelTransaction) {
        try {
            ctx.responder.answer(cancelTransaction, OK, leg.dialog.localTag());
        } catch (SipSendException e) {
            ctx.sendFailures.record(LOG, "200 for CANCEL on {0} not sent: {1}", new Object[] {leg, e.getMessage()});
        }
        synchronized (leg) {
            if (leg.state() == SipLegState.OFFERED) {
                terminate(leg);
                ctx.end(leg, new LegEvent.Cancelled(leg.id));
            }
        }
    }

    /** With the monitor held: answers the pending INVITE 487 (after CANCEL, or BYE on the early dialog). */
    void terminate(Leg leg) {
        try {
            Responder.send(leg.invite.transaction(), ctx.responder.build(leg.invite, TERMINATED));
        } catch (SipSendException e) {
            ctx.sendFailures.record(LOG, "487 on {0} not sent: {1}", new Object[] {leg, e.getMessage()});
        }
    }

    /**
     * Parley hangs up an incoming leg: 480 while unanswered, BYE once confirmed, BYE after the ACK when our 2xx waits
     * for it (RFC 3261 §15: the callee may not send BYE before). {@code cause} is what the leg's end reports.
     */
    void hangup(Leg leg, EndCause cause) {
        synchronized (leg) {
            switch (leg.state()) {
                case OFFERED -> {
                    try {
                        Responder.send(leg.invite.transaction(), ctx.responder.build(leg.invite, UNAVAILABLE));
                    } catch (SipSendException e) {
                        ctx.sendFailures.record(LOG, "480 on {0} not sent: {1}", new Object[] {leg, e.getMessage()});
                    }
                    ctx.end(leg, null);
                }
                case ANSWERED -> leg.byeWhenAcked = true;
                case CONFIRMED -> ctx.hangUp(leg, cause);
                default -> {
                    // over, or ending already
                }
            }
        }
    }

    /** JAIN-SIP gave up the leg's INVITE transaction (its lifetime, or a transport failure towards the caller). */
    void expired(Leg leg) {
        synchronized (leg) {
            if (leg.state() == SipLegState.OFFERED) {
                LOG.log(Level.WARNING, "{0}: INVITE transaction ended without a final answer", leg);
                ctx.end(leg, new LegEvent.Ended(leg.id, EndCause.UNREACHABLE));
            }
        }
    }
}
