package org.parley.sipconnector.jain;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.DialogKey;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.OutboundRegistration;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * The connector's call control, as the connection (the application's commands) and the dispatcher (what arrives)
 * reach it: legs in both directions, in-dialog handling and relays, bridges, outbound registrations.
 */
final class ConnectorControl {

    private static final Logger LOG = Logger.getLogger(ConnectorControl.class.getName());

    final CallContext ctx;
    final IncomingCalls incoming;
    final OutgoingCalls outgoing;
    final InDialogRequests inDialog;
    final OutboundRegistrations registrations;
    final LegRequests legRequests;
    final SubscriptionNotices subscriptions;
    private final ServerTransactions transactions;
    private final DeliveredOffers delivered;

    ConnectorControl(CallContext ctx, ServerTransactions transactions, InDialogRequests.ToApplication application) {
        this.ctx = ctx;
        this.subscriptions = new SubscriptionNotices(ctx);
        this.transactions = transactions;
        this.incoming = new IncomingCalls(ctx);
        this.outgoing = new OutgoingCalls(ctx);
        this.inDialog = new InDialogRequests(ctx, incoming, leg -> hangup(leg, EndCause.PARTNER_HANGUP), application);
        this.registrations = new OutboundRegistrations(ctx);
        this.legRequests = new LegRequests(ctx);
        this.delivered = new DeliveredOffers(ctx);
    }

    /**
     * The application answers a request; an INVITE that opened a leg is answered through its leg, a re-INVITE handed
     * to the application within its leg's dialog.
     */
    void respond(String transactionKey, SipResponseSpec spec) {
        Optional<InboundTransaction> tx = transactions.find(transactionKey);
        if (tx.isPresent() && tx.get().isInvite() && !tx.get().legId().isEmpty()) {
            Optional<Leg> leg = ctx.legs.find(tx.get().legId());
            if (leg.isPresent() && inDialog(tx.get())) {
                delivered.respond(leg.get(), tx.get(), spec);
                return;
            }
            if (leg.isPresent()) {
                incoming.respond(leg.get(), spec);
                return;
            }
        }
        ctx.responder.respond(transactionKey, spec);
    }

    private static boolean inDialog(InboundTransaction tx) {
        Request request = tx.transaction().getRequest();
        return request != null && request.getHeader(ToHeader.NAME) instanceof ToHeader to && to.getTag() != null;
    }

    String invite(OutboundInvite invite) {
        return outgoing.invite(invite);
    }

    void cancel(String legId) {
        ctx.legs.find(legId).ifPresent(leg -> {
            if (leg.incoming()) {
                incoming.hangup(leg, EndCause.LOCAL_HANGUP);
            } else {
                outgoing.cancel(leg);
            }
        });
    }

    void acknowledge(String legId, SipBody answer) {
        Optional<Leg> leg = ctx.legs.find(legId);
        if (leg.isEmpty()) {
            LOG.log(Level.FINE, "acknowledge: leg {0} is over", legId);
            return;
        }
        if (legRequests.acknowledge(leg.get(), answer)) {
            return;
        }
        if (leg.get().incoming()) {
            throw new SipSendException(leg.get() + " is incoming: its ACK comes from the caller");
        }
        outgoing.acknowledge(leg.get(), answer);
    }

    void bridge(String legA, String legB) {
        if (legA.equals(legB)) {
            throw new IllegalArgumentException("a leg cannot be bridged with itself: " + legA);
        }
        Optional<Leg> a = ctx.legs.find(legA);
        Optional<Leg> b = ctx.legs.find(legB);
        if (a.isEmpty() || b.isEmpty()) {
            LOG.log(Level.FINE, "bridge: {0} or {1} is over; not bridged", new Object[] {legA, legB});
            return;
        }
        ctx.bridges.bridge(a.get(), b.get());
    }

    void hangup(String legId) {
        ctx.legs.find(legId).ifPresent(leg -> hangup(leg, EndCause.LOCAL_HANGUP));
    }

    void unbridge(String legId) {
        ctx.legs.find(legId).ifPresent(ctx.bridges::unbridge);
    }

    void sendInDialog(String legId, String method, List<SipHeader> headers,
            SipBody body) {
        legRequests.send(live(legId), method, headers, body);
    }

    void reoffer(String legId, SipBody offer) {
        legRequests.reoffer(live(legId), offer);
    }

    /** The leg of a dialog named from either side (a Replaces header's Call-ID and tags). */
    Optional<String> legOf(DialogKey key) {
        for (String[] tags : new String[][] {{key.toTag(), key.fromTag()}, {key.fromTag(), key.toTag()}}) {
            Optional<Leg> leg = ctx.legs.inDialog(key.callId(), tags[0]);
            if (leg.isPresent() && leg.get().dialog.remoteTag().equals(tags[1])) {
                return Optional.of(leg.get().id);
            }
        }
        return Optional.empty();
    }

    private Leg live(String legId) {
        return ctx.legs.find(legId).orElseThrow(() -> new SipSendException("leg " + legId + " is over"));
    }

    void hangup(Leg leg, EndCause cause) {
        if (leg.incoming()) {
            incoming.hangup(leg, cause);
        } else {
            outgoing.hangup(leg, cause);
        }
    }

    void register(OutboundRegistration registration) {
        registrations.register(registration);
    }

    void unregister(String key) {
        registrations.unregister(key);
    }

    // --- what arrives, on the stack's threads ---

    /** The leg a request with a To tag belongs to: our tag is its To tag. */
    Optional<Leg> legOf(Request request) {
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        return ctx.legs.inDialog(callId, ((ToHeader) request.getHeader(ToHeader.NAME)).getTag());
    }

    /** An ACK: consumed when it belongs to a leg's dialog (its 2xx confirmed, or a retransmission absorbed). */
    boolean ack(Request ack) {
        if (!(ack.getHeader(ToHeader.NAME) instanceof ToHeader to) || to.getTag() == null) {
            return false;
        }
        Optional<Leg> leg = legOf(ack);
        leg.ifPresent(l -> ctx.acked(l, ack));
        return leg.isPresent();
    }

    /** A CANCEL: consumed when it matches a pending INVITE of a leg or of a relayed re-INVITE. */
    boolean cancel(ServerTransaction transaction, Request cancel) {
        Optional<CancelTarget> target = ctx.legs.cancelTarget(InviteRef.of(cancel));
        target.ifPresent(t -> t.cancelled(transaction, cancel));
        return target.isPresent();
    }

    /**
     * A response no client transaction holds any more: a retransmitted or forked 2xx to one of our INVITEs (handled
     * here: its ACK resent, or ACK and BYE); anything else (not a 2xx to an INVITE, or not in a dialog we opened) is
     * not ours to handle.
     */
    boolean strayResponse(Response response) {
        int code = response.getStatusCode();
        if (code < 200 || code >= 300 || !(response.getHeader(CSeqHeader.NAME) instanceof CSeqHeader cseq)
                || !Request.INVITE.equals(cseq.getMethod())) {
            return false;
        }
        String callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        String ours = ((FromHeader) response.getHeader(FromHeader.NAME)).getTag();
        Optional<Leg> leg = ctx.legs.inDialog(callId, ours);
        if (leg.isPresent()) {
            synchronized (leg.get()) {
                outgoing.late2xx(leg.get(), response);
            }
            return true;
        }
        if (!ctx.out.madeCallId(callId)) {
            return false;
        }
        // A 2xx to an INVITE of ours whose leg is over: ACK and BYE, off the stack's thread (its Contact may need
        // a name lookup).
        ctx.timers.schedule(java.time.Duration.ZERO, () -> outgoing.tearDown(response));
        return true;
    }

    /** JAIN-SIP gave up a server transaction: if it was a leg's unanswered INVITE, the leg is over. */
    void serverTransactionEnded(ServerTransaction transaction) {
        if (transaction.getApplicationData() instanceof String key) {
            transactions.find(key)
                    .filter(InboundTransaction::isInvite)
                    .flatMap(tx -> ctx.legs.find(tx.legId()))
                    .ifPresent(incoming::expired);
        }
    }

    /** A new leg id, for an INVITE about to open a leg. */
    String newLegId() {
        return ctx.legs.newId();
    }
}
