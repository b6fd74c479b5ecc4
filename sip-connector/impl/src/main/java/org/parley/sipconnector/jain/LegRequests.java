package org.parley.sipconnector.jain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ResponseEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipSendException;

/**
 * Requests Parley itself starts within a leg's dialog (not relays): NOTIFY with a transfer's progress (RFC 3515
 * §2.4.4) and a re-INVITE that gives a transferred party its new partner's session. The re-INVITE's 2xx is
 * acknowledged here (ACK without body: the offer was in the INVITE) and its outcome reported as
 * {@link LegEvent.Reoffered}; while it is under way the leg's bridge counts it as the offer in progress.
 */
final class LegRequests {

    private static final Logger LOG = Logger.getLogger(LegRequests.class.getName());

    /** Methods with their own machinery: never sent through {@link #send}. */
    private static final Set<String> NOT_HERE = Set.of(Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE);

    private final CallContext ctx;

    LegRequests(CallContext ctx) {
        this.ctx = ctx;
    }

    /** A non-INVITE request in the leg's dialog; its answer is only logged. */
    void send(Leg leg, String method, List<SipHeader> headers, SipBody body) {
        if (NOT_HERE.contains(method)) {
            throw new SipSendException(method + " cannot be sent as a plain in-dialog request");
        }
        synchronized (leg) {
            requireConfirmed(leg, method);
            Request request = leg.dialog.request(method, ctx.out, 70);
            ctx.out.addHeaders(request, headers);
            ctx.out.setBody(request, body);
            ctx.send(request, new Logged(leg, method));
        }
    }

    /** A re-INVITE with {@code offer}; the outcome comes back as {@link LegEvent.Reoffered}. */
    void reoffer(Leg leg, SipBody offer) {
        Optional<Bridge> bridge = ctx.bridges.of(leg);
        if (bridge.isPresent() && !bridge.get().startOffer()) {
            leg.emit(new LegEvent.Reoffered(leg.id, 491, SipBody.empty()));
            return;
        }
        Reoffer handler = new Reoffer(leg, bridge, offer.isEmpty());
        synchronized (leg) {
            try {
                requireConfirmed(leg, Request.INVITE);
                if (leg.ackWait != null) {
                    throw new SipSendException(leg + " still waits for the ACK of a 2xx");
                }
                Request invite = leg.dialog.request(Request.INVITE, ctx.out, 70);
                invite.setHeader(ctx.out.contact(leg.pin != null ? leg.pin.getTransport() : leg.dialog.transport(),
                        null));
                ctx.out.setBody(invite, offer);
                handler.cseq = OutgoingCalls.cseq(invite);
                ctx.send(invite, handler);
            } catch (SipSendException e) {
                bridge.ifPresent(Bridge::offerDone);
                throw e;
            }
        }
    }

    /**
     * Parley's answer to the offer in the 2xx of its re-INVITE without offer: the ACK carries it. False when the leg
     * has no such 2xx waiting.
     */
    boolean acknowledge(Leg leg, SipBody answer) {
        synchronized (leg) {
            if (leg.reofferAckCSeq < 0) {
                return false;
            }
            sendAck(leg, leg.reofferAckCSeq, answer);
            return true;
        }
    }

    /** With the leg's monitor held: the ACK of a re-INVITE 2xx, kept for retransmitted 2xx. */
    private void sendAck(Leg leg, long cseq, SipBody body) {
        leg.reofferAckCSeq = -1;
        SipTimers.cancel(leg.reofferDeadline);
        leg.reofferDeadline = null;
        if (leg.state().isClosing()) {
            return;
        }
        try {
            ctx.acknowledge(leg, cseq, body);
        } catch (SipSendException e) {
            ctx.sendFailures.record(LOG, "ACK of the re-INVITE on {0} not sent: {1}",
                    new Object[] {leg, e.getMessage()});
        }
    }

    /** Parley did not bring the answer in time: ACK without body, then BYE. */
    private void answerMissing(Leg leg, long cseq) {
        synchronized (leg) {
            if (leg.reofferAckCSeq != cseq) {
                return;
            }
            sendAck(leg, cseq, SipBody.empty());
            if (!leg.state().isClosing()) {
                ctx.hangUp(leg, EndCause.ACK_TIMEOUT);
            }
        }
    }

    private static void requireConfirmed(Leg leg, String method) {
        if (leg.state() != SipLegState.CONFIRMED) {
            throw new SipSendException(method + " not sent on " + leg + ": it is not confirmed");
        }
    }

    /** Logs the answer to a request whose outcome nobody waits for. */
    private static final class Logged implements ClientHandler {
        private final Leg leg;
        private final String method;

        Logged(Leg leg, String method) {
            this.leg = leg;
            this.method = method;
        }

        @Override
        public void response(ResponseEvent event) {
            int code = event.getResponse().getStatusCode();
            if (code >= 300) {
                LOG.log(Level.FINE, "{0} on {1} answered {2}", new Object[] {method, leg, code});
            }
        }

        @Override
        public void timeout() {
            LOG.log(Level.FINE, "{0} on {1} not answered", new Object[] {method, leg});
        }
    }

    /** Parley's re-INVITE: a 2xx is acknowledged; the first final answer is reported, once. */
    private final class Reoffer implements ClientHandler {
        private final Leg leg;
        private final Optional<Bridge> bridge;
        /** Sent without offer: the 2xx's ACK waits for Parley's answer. */
        private final boolean lateOffer;
        volatile long cseq;
        private boolean done;

        Reoffer(Leg leg, Optional<Bridge> bridge, boolean lateOffer) {
            this.leg = leg;
            this.bridge = bridge;
            this.lateOffer = lateOffer;
        }

        @Override
        public void response(ResponseEvent event) {
            Response response = event.getResponse();
            int code = response.getStatusCode();
            if (code < 200) {
                return;
            }
            synchronized (leg) {
                if (code < 300) {
                    leg.dialog.refreshTarget(response);
                    if (!lateOffer || done) {
                        acknowledge(response);
                    }
                }
                if (done) {
                    return;
                }
                done = true;
                if (code < 300 && lateOffer) {
                    long waiting = cseq;
                    leg.reofferAckCSeq = waiting;
                    leg.reofferDeadline = ctx.timers.schedule(ctx.timing.transactionTimeout(),
                            () -> answerMissing(leg, waiting));
                }
            }
            finish(code, code < 300 ? OutgoingMessages.body(response) : SipBody.empty());
        }

        /**
         * With the leg's monitor held: the ACK of the 2xx (again, for a retransmission; none while Parley's answer is
         * awaited).
         */
        private void acknowledge(Response ok) {
            if (leg.state().isClosing() || leg.reofferAckCSeq == cseq) {
                return;
            }
            try {
                Request ack = leg.lastAck != null && OutgoingCalls.cseq(leg.lastAck) == cseq ? leg.lastAck
                        : leg.dialog.ack(cseq, ctx.out);
                leg.lastAck = ack;
                ctx.sendAck(ack);
            } catch (SipSendException e) {
                ctx.sendFailures.record(LOG, "ACK of the re-INVITE on {0} not sent: {1}",
                        new Object[] {leg, e.getMessage()});
            }
        }

        @Override
        public void timeout() {
            synchronized (leg) {
                if (done) {
                    return;
                }
                done = true;
            }
            finish(408, SipBody.empty());
        }

        private void finish(int code, SipBody answer) {
            bridge.ifPresent(Bridge::offerDone);
            synchronized (leg) {
                if (!leg.state().isClosing()) {
                    leg.emit(new LegEvent.Reoffered(leg.id, code, answer));
                }
            }
        }
    }
}
