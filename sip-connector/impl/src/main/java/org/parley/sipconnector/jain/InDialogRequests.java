package org.parley.sipconnector.jain;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * Requests within a leg's dialog, handled inside the connector (DESIGN: the per-message path stays in the adapter).
 * A bridged leg's requests are relayed to its partner's dialog with their answers; an unbridged leg's are answered
 * here. Only REFER goes to the application.
 *
 * <ul>
 * <li>BYE: 200; the leg ends (REMOTE_HANGUP) and its partner is hung up (LOCAL_HANGUP).</li>
 * <li>re-INVITE, UPDATE: relayed with the body; the answer comes back with its body; the ACK of a relayed 2xx goes on
 *     with its body. One offer at a time per bridge, else 491. Unbridged: 488 (no one to negotiate with).</li>
 * <li>INFO and any other method: relayed with its answer. Unbridged: 200 for INFO and OPTIONS, 405 otherwise. An
 *     INFO carrying a key press ({@code application/dtmf-relay}, {@code application/dtmf}) is also reported as
 *     {@code DtmfReceived}.</li>
 * <li>REFER: to the application, with the leg's id. PRACK: 481 (the connector sends no reliable provisionals).</li>
 * </ul>
 */
final class InDialogRequests {

    private static final Logger LOG = Logger.getLogger(InDialogRequests.class.getName());

    /** How long a re-INVITE that overtook its dialog's ACK waits for it before being refused with 491. */
    private static final java.time.Duration ACK_GRACE = java.time.Duration.ofMillis(100);

    private static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, REFER";

    /** Hands a request to the application (REFER), through the leg's lane. */
    interface ToApplication {
        void deliver(Leg leg, ServerTransaction transaction, Request request);
    }

    private final CallContext ctx;
    private final IncomingCalls incoming;
    private final Consumer<Leg> hangup;
    private final ToApplication application;

    InDialogRequests(CallContext ctx, IncomingCalls incoming, Consumer<Leg> hangup, ToApplication application) {
        this.ctx = ctx;
        this.incoming = incoming;
        this.hangup = hangup;
        this.application = application;
    }

    /** On the stack's thread: a request in the leg's dialog, with its server transaction open. */
    void handle(Leg leg, ServerTransaction transaction, Request request) {
        synchronized (leg) {
            String remoteTag = leg.dialog.remoteTag();
            String fromTag = ((FromHeader) request.getHeader(FromHeader.NAME)).getTag();
            if (leg.state() == LegState.ENDED || (!remoteTag.isEmpty() && !remoteTag.equals(fromTag))) {
                answer(transaction, 481, "");
                return;
            }
            if (!leg.dialog.acceptRemoteCSeq(request)) {
                // RFC 3261 §12.2.2: a CSeq below the dialog's remote sequence number is out of order.
                answer(transaction, 500, "CSeq Out of Order");
                return;
            }
        }
        switch (request.getMethod()) {
            case Request.BYE -> bye(leg, transaction);
            case Request.INVITE, Request.UPDATE -> offer(leg, transaction, request, false);
            case Request.REFER -> application.deliver(leg, transaction, request);
            case Request.PRACK -> answer(transaction, 481, "");
            default -> other(leg, transaction, request);
        }
    }

    private void bye(Leg leg, ServerTransaction transaction) {
        Optional<Leg> partner = Optional.empty();
        synchronized (leg) {
            answer(transaction, 200, "");
            switch (leg.state()) {
                case OFFERED -> {
                    // The caller ended its early dialog with BYE instead of CANCEL.
                    incoming.terminate(leg);
                    ctx.end(leg, new LegEvent.Cancelled(leg.id));
                }
                case ANSWERED, CONFIRMED -> {
                    partner = ctx.bridges.partner(leg);
                    // marked before this end is reported: the application may hang the partner up before we do
                    partner.ifPresent(p -> p.partnerHungUp = true);
                    ctx.end(leg, new LegEvent.Ended(leg.id, EndCause.REMOTE_HANGUP));
                }
                default -> {
                    // our BYE crossed it, or a callee's BYE before its 2xx (RFC 3261 §15 forbids it): nothing ends
                }
            }
        }
        partner.ifPresent(hangup);
    }

    /**
     * re-INVITE or UPDATE: relayed to the partner while no other offer is under way on the bridge. A re-INVITE that
     * finds our 2xx still waiting for its ACK is looked at again once, a little later: a phone may send it right
     * behind its ACK, and the stack's threads may take the two in either order.
     */
    private void offer(Leg leg, ServerTransaction transaction, Request request, boolean lookedAgain) {
        boolean invite = Request.INVITE.equals(request.getMethod());
        synchronized (leg) {
            if (leg.state().isClosing()) {
                answer(transaction, 481, "");
                return;
            }
            if (invite && leg.state() == LegState.ANSWERED && !lookedAgain) {
                ctx.timers.schedule(ACK_GRACE, () -> offer(leg, transaction, request, true));
                return;
            }
            if (invite && leg.state() != LegState.CONFIRMED) {
                // RFC 3261 §14.2: our 2xx still waits for its ACK, or the dialog is early.
                answer(transaction, 491, "");
                return;
            }
            leg.dialog.refreshTarget(request);
        }
        Optional<Bridge> bridged = ctx.bridges.of(leg);
        if (bridged.isEmpty()) {
            answer(transaction, 488, "");
            return;
        }
        int maxForwards = Relaying.nextMaxForwards(request);
        if (maxForwards < 0) {
            answer(transaction, 483, "");
            return;
        }
        Bridge bridge = bridged.get();
        if (!bridge.startOffer()) {
            answer(transaction, 491, "");
            return;
        }
        Leg partner = bridge.other(leg);
        RelayedOffer relay = new RelayedOffer(leg, transaction, request, partner, bridge);
        synchronized (partner) {
            if (partner.state() != LegState.CONFIRMED) {
                bridge.offerDone();
                answer(transaction, 491, "");
                return;
            }
            if (invite) {
                // registered before the relay goes out: its answer may come back before send() returns
                relay.ref = InviteRef.of(request);
                ctx.legs.pending(relay.ref, relay);
            }
            try {
                Request copy = partner.dialog.request(request.getMethod(), ctx.out, maxForwards);
                Relaying.copy(request, copy);
                copy.setHeader(ctx.out.contact(transport(partner), null));
                relay.partnerCSeq = OutgoingCalls.cseq(copy);
                relay.transaction = ctx.send(copy, relay);
            } catch (SipSendException e) {
                LOG.log(Level.FINE, "{0} not relayed to {1}: {2}", new Object[] {request.getMethod(), partner,
                        e.getMessage()});
                ctx.legs.notPending(relay.ref);
                bridge.offerDone();
                answer(transaction, 500, "");
            }
        }
    }

    /** INFO and other methods: relayed when bridged, else answered here. */
    private void other(Leg leg, ServerTransaction transaction, Request request) {
        if (Request.INFO.equals(request.getMethod())) {
            InfoDtmf.report(ctx.dtmf, leg.id, request);
        }
        Optional<Leg> bridged = ctx.bridges.partner(leg);
        int maxForwards = Relaying.nextMaxForwards(request);
        if (bridged.isPresent() && maxForwards >= 0) {
            Leg partner = bridged.get();
            synchronized (partner) {
                if (partner.state() == LegState.CONFIRMED) {
                    try {
                        Request copy = partner.dialog.request(request.getMethod(), ctx.out, maxForwards);
                        Relaying.copy(request, copy);
                        ctx.send(copy, new RelayedRequest(transaction, request));
                        return;
                    } catch (SipSendException e) {
                        LOG.log(Level.FINE, "{0} not relayed to {1}: {2}", new Object[] {request.getMethod(),
                                partner, e.getMessage()});
                        answer(transaction, 500, "");
                        return;
                    }
                }
            }
        }
        switch (request.getMethod()) {
            case Request.INFO, Request.OPTIONS -> answer(transaction, 200, "");
            default -> respond(transaction, SipResponseSpec.status(405).header("Allow", ALLOW).build());
        }
    }

    private static String transport(Leg leg) {
        return leg.pin != null ? leg.pin.getTransport() : leg.dialog.transport();
    }

    private void answer(ServerTransaction transaction, int code, String reason) {
        respond(transaction, SipResponseSpec.status(code).reason(reason).build());
    }

    private void respond(ServerTransaction transaction, SipResponseSpec spec) {
        try {
            ctx.responder.answer(transaction, spec);
        } catch (SipSendException e) {
            LOG.log(Level.FINE, "Could not answer an in-dialog request with {0}: {1}",
                    new Object[] {spec.statusCode(), e.getMessage()});
        }
    }

    private static void send(ServerTransaction transaction, Response response) {
        try {
            Responder.send(transaction, response);
        } catch (SipSendException e) {
            LOG.log(Level.FINE, "Could not relay a {0}: {1}", new Object[] {response.getStatusCode(), e.getMessage()});
        }
    }

    /** Relays the partner's final answer to a request other than re-INVITE/UPDATE back to the sender. */
    private final class RelayedRequest implements ClientHandler {

        private final ServerTransaction transaction;
        private final Request request;

        RelayedRequest(ServerTransaction transaction, Request request) {
            this.transaction = transaction;
            this.request = request;
        }

        @Override
        public void response(ResponseEvent event) {
            if (event.getResponse().getStatusCode() >= 200) {
                send(transaction, Relaying.response(ctx.out.messages, request, event.getResponse(), null));
            }
        }

        @Override
        public void timeout() {
            answer(transaction, 408, "");
        }
    }

    /**
     * A re-INVITE or UPDATE relayed from {@code sender} to {@code receiver}: the receiver's final answer goes back to
     * the sender; for a re-INVITE's 2xx the connector then waits for the sender's ACK and sends the receiver's ACK
     * with its body (the answer, for an offer that came in the 2xx). The bridge's offer slot is freed at the end.
     */
    private final class RelayedOffer implements ClientHandler, CancelTarget {

        private final Leg sender;
        private final ServerTransaction senderTransaction;
        private final Request request;
        private final Leg receiver;
        private final Bridge bridge;
        private final boolean invite;
        volatile long partnerCSeq;
        volatile ClientTransaction transaction;
        volatile InviteRef ref;
        private boolean answered;

        RelayedOffer(Leg sender, ServerTransaction senderTransaction, Request request, Leg receiver, Bridge bridge) {
            this.sender = sender;
            this.senderTransaction = senderTransaction;
            this.request = request;
            this.receiver = receiver;
            this.bridge = bridge;
            this.invite = Request.INVITE.equals(request.getMethod());
        }

        /** Takes the final answer once; false for a retransmission or one after a timeout. */
        private synchronized boolean firstFinal() {
            if (answered) {
                return false;
            }
            answered = true;
            return true;
        }

        @Override
        public void response(ResponseEvent event) {
            Response response = event.getResponse();
            int code = response.getStatusCode();
            if (code < 200) {
                return;
            }
            if (!firstFinal()) {
                if (invite && code < 300) {
                    resendReceiverAck();
                }
                return;
            }
            ctx.legs.notPending(ref);
            if (code < 300) {
                synchronized (receiver) {
                    receiver.dialog.refreshTarget(response);
                }
            }
            if (invite && code < 300) {
                relaySuccess(response);
                return;
            }
            // the offer is over before its answer goes out: the sender may start the next one at once
            bridge.offerDone();
            if (code == 481 || code == 408) {
                // The receiver's dialog is gone (RFC 3261 §14.1): it is hung up, the sender hears of a failure.
                answer(senderTransaction, 500, "");
                endReceiver();
            } else {
                send(senderTransaction, Relaying.response(ctx.out.messages, request, response,
                        code < 300 ? ctx.out.contact(transport(sender), null) : null));
            }
            if (code < 300) {
                modified(OutgoingMessages.body(request));
            }
        }

        /** The receiver's 2xx to a re-INVITE goes to the sender, which must ACK it before the receiver is ACKed. */
        private void relaySuccess(Response ok) {
            Response toSender = Relaying.response(ctx.out.messages, request, ok,
                    ctx.out.contact(transport(sender), null));
            boolean sent = false;
            synchronized (sender) {
                if (sender.state() == LegState.CONFIRMED) {
                    ctx.awaitAck(sender, toSender, this::senderAcked, this::senderAckMissing);
                    try {
                        Responder.send(senderTransaction, toSender);
                        sent = true;
                    } catch (SipSendException e) {
                        LOG.log(Level.FINE, "2xx not relayed to {0}: {1}", new Object[] {sender, e.getMessage()});
                        sender.ackWait.cancelTimers();
                        sender.ackWait = null;
                    }
                }
            }
            if (!sent) {
                ackReceiver(SipBody.empty());
                bridge.offerDone();
            }
        }

        private void senderAcked(Request ack) {
            SipBody ackBody = OutgoingMessages.body(ack);
            // over before the receiver's ACK goes out: the receiver may start the next offer as soon as it has it
            bridge.offerDone();
            ackReceiver(ackBody);
            SipBody offer = OutgoingMessages.body(request);
            modified(offer.isEmpty() ? ackBody : offer);
        }

        private void senderAckMissing() {
            ackReceiver(SipBody.empty());
            bridge.offerDone();
            synchronized (sender) {
                if (!sender.state().isClosing()) {
                    ctx.hangUp(sender, EndCause.ACK_TIMEOUT);
                }
            }
        }

        private void ackReceiver(SipBody body) {
            synchronized (receiver) {
                if (receiver.state().isClosing()) {
                    return;
                }
                try {
                    ctx.acknowledge(receiver, partnerCSeq, body);
                } catch (SipSendException e) {
                    LOG.log(Level.FINE, "ACK not relayed to {0}: {1}", new Object[] {receiver, e.getMessage()});
                }
            }
        }

        private void resendReceiverAck() {
            synchronized (receiver) {
                Request ack = receiver.lastAck;
                if (ack != null && OutgoingCalls.cseq(ack) == partnerCSeq) {
                    try {
                        ctx.sendAck(ack);
                    } catch (SipSendException e) {
                        LOG.log(Level.FINE, "ACK resend to {0} failed: {1}", new Object[] {receiver, e.getMessage()});
                    }
                }
            }
        }

        private void modified(SipBody body) {
            if (body.isEmpty()) {
                return;
            }
            synchronized (sender) {
                if (!sender.state().isClosing()) {
                    sender.emit(new LegEvent.Modified(sender.id, body));
                }
            }
        }

        private void endReceiver() {
            synchronized (receiver) {
                if (!receiver.state().isClosing()) {
                    ctx.hangUp(receiver, EndCause.UNREACHABLE);
                }
            }
        }

        @Override
        public void timeout() {
            if (!firstFinal()) {
                return;
            }
            ctx.legs.notPending(ref);
            answer(senderTransaction, 500, "");
            bridge.offerDone();
            endReceiver();
        }

        /** The sender cancelled its re-INVITE: 200, and the relayed one is cancelled in turn (its 487 comes back). */
        @Override
        public void cancelled(ServerTransaction cancelTransaction, Request cancel) {
            answer(cancelTransaction, 200, "");
            ClientTransaction relayed = transaction;
            synchronized (this) {
                if (answered || relayed == null) {
                    return;
                }
            }
            try {
                ctx.send(relayed.createCancel(), ClientHandler.IGNORE);
            } catch (javax.sip.SipException | SipSendException e) {
                LOG.log(Level.FINE, "CANCEL not relayed to {0}: {1}", new Object[] {receiver, e.getMessage()});
            }
        }
    }
}
