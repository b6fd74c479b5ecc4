package org.parley.sipconnector.jain;

import jakarta.resource.spi.work.WorkManager;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.media.DtmfReports;

/**
 * What the call-control classes share: the stack's provider, message building, the router, timers, the registries and
 * delivery lanes, and the steps every path of a leg ends with (BYE, end, clean-up).
 */
final class CallContext {

    private static final Logger LOG = Logger.getLogger(CallContext.class.getName());

    final SipProvider provider;
    final OutgoingMessages out;
    final LegRouter router;
    final SipTimers timers;
    final Timing timing;
    final Legs legs = new Legs();
    final Bridges bridges = new Bridges();
    final Responder responder;
    final InFlightLimit limit;
    final MessageEndpoints endpoints;
    final WorkManager workManager;
    final MediaEventLanes mediaEvents = new MediaEventLanes(this);
    final DtmfReports dtmf = new DtmfReports(mediaEvents, System::currentTimeMillis);

    CallContext(SipProvider provider, OutgoingMessages out, LegRouter router, SipTimers timers, Timing timing,
            Responder responder, InFlightLimit limit, MessageEndpoints endpoints, WorkManager workManager) {
        this.provider = provider;
        this.out = out;
        this.router = router;
        this.timers = timers;
        this.timing = timing;
        this.responder = responder;
        this.limit = limit;
        this.endpoints = endpoints;
        this.workManager = workManager;
    }

    DeliveryLane newLane(String name) {
        return new DeliveryLane(name, limit, endpoints, workManager);
    }

    /**
     * Sends {@code request} on a new client transaction with the connector's T1; its answers go to {@code handler}.
     *
     * @throws SipSendException when JAIN-SIP finds no route or the transport refuses it
     */
    ClientTransaction send(Request request, ClientHandler handler) {
        ClientTransaction transaction;
        try {
            transaction = provider.getNewClientTransaction(request);
        } catch (SipException | RuntimeException e) {
            throw new SipSendException("no route for " + request.getMethod() + " to " + request.getRequestURI()
                    + ": " + e.getMessage(), e);
        }
        transaction.setRetransmitTimer(timing.t1Millis());
        transaction.setApplicationData(handler);
        try {
            transaction.sendRequest();
        } catch (SipException | RuntimeException e) {
            throw new SipSendException("cannot send " + request.getMethod() + " to " + request.getRequestURI()
                    + ": " + e.getMessage(), e);
        }
        return transaction;
    }

    /**
     * With the leg's monitor held: acknowledges the 2xx of the leg's INVITE or re-INVITE numbered {@code cseq}, with
     * {@code body} (an answer, or empty), and keeps the ACK as the leg's last for 2xx retransmissions.
     */
    void acknowledge(Leg leg, long cseq, SipBody body) {
        Request ack = leg.dialog.ack(cseq, out);
        out.setBody(ack, body);
        leg.lastAck = ack;
        sendAck(ack);
    }

    /** Sends an ACK for a 2xx: no transaction (RFC 3261 §17.1.1.3), resent by the leg on 2xx retransmissions. */
    void sendAck(Request ack) {
        try {
            provider.sendRequest(ack);
        } catch (SipException | RuntimeException e) {
            throw new SipSendException("cannot send ACK to " + ack.getRequestURI() + ": " + e.getMessage(), e);
        }
    }

    /**
     * With the leg's monitor held: sends BYE on its dialog; the leg ends with {@code cause} once the BYE is answered or
     * times out, or at once if it cannot be sent.
     */
    void hangUp(Leg leg, EndCause asked) {
        EndCause cause = leg.partnerHungUp && asked == EndCause.LOCAL_HANGUP ? EndCause.PARTNER_HANGUP : asked;
        leg.ending(cause);
        bridges.unbridge(leg);
        stopWaiting(leg);
        try {
            send(leg.dialog.request(Request.BYE, out, 70), new ByeHandler(leg));
        } catch (SipSendException e) {
            LOG.log(Level.FINE, "BYE on {0} not sent: {1}", new Object[] {leg, e.getMessage()});
            end(leg, new LegEvent.Ended(leg.id, cause));
        }
    }

    /**
     * With the leg's monitor held: the leg is over. It leaves every registry, its timers stop, its bridge breaks, and
     * {@code terminal} (if any) is its last event.
     */
    void end(Leg leg, LegEvent terminal) {
        if (leg.state() != LegState.ENDED) {
            leg.moveTo(LegState.ENDED);
        }
        stopWaiting(leg);
        leg.inviteTransaction = null;
        legs.remove(leg);
        dtmf.forget(leg.id);
        router.unpin(leg.dialog.callId(), leg.pin);
        bridges.unbridge(leg);
        if (terminal != null) {
            leg.emit(terminal);
        }
    }

    /**
     * With the leg's monitor held, before {@code ok} goes out: keeps sending it until its ACK (RFC 3261 §13.3.1.4),
     * at T1 doubling up to T2 over UDP; after 64·T1 without one, {@code onTimeout} runs. Both callbacks run without
     * any leg's monitor held.
     */
    void awaitAck(Leg leg, Response ok, Consumer<Request> onAck, Runnable onTimeout) {
        long cseq = ((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber();
        AckWait wait = new AckWait(ok, cseq, timing.t1(), onAck, onTimeout);
        if (leg.ackWait != null) {
            leg.ackWait.cancelTimers();
        }
        leg.ackWait = wait;
        if (!reliable(ok)) {
            wait.retransmission = timers.schedule(wait.interval, () -> retransmit(leg, wait));
        }
        wait.deadline = timers.schedule(timing.transactionTimeout(), () -> ackTimedOut(leg, wait));
    }

    private void retransmit(Leg leg, AckWait wait) {
        synchronized (leg) {
            if (leg.ackWait != wait) {
                return;
            }
            try {
                provider.sendResponse(wait.response);
            } catch (SipException | RuntimeException e) {
                LOG.log(Level.FINE, "2xx retransmission on {0} failed: {1}", new Object[] {leg, e.getMessage()});
            }
            Duration doubled = wait.interval.multipliedBy(2);
            wait.interval = doubled.compareTo(timing.t2()) > 0 ? timing.t2() : doubled;
            wait.retransmission = timers.schedule(wait.interval, () -> retransmit(leg, wait));
        }
    }

    private void ackTimedOut(Leg leg, AckWait wait) {
        synchronized (leg) {
            if (leg.ackWait != wait) {
                return;
            }
            wait.cancelTimers();
            leg.ackWait = null;
        }
        wait.onTimeout.run();
    }

    /**
     * An ACK arrived in the leg's dialog. If it acknowledges the 2xx the leg waits on, the wait ends and its
     * {@code onAck} runs (after the leg's monitor is released); anything else is a retransmitted or stray ACK.
     */
    void acked(Leg leg, Request ack) {
        long cseq = ((CSeqHeader) ack.getHeader(CSeqHeader.NAME)).getSeqNumber();
        AckWait wait;
        synchronized (leg) {
            wait = leg.ackWait;
            if (wait == null || wait.cseq != cseq) {
                return;
            }
            wait.cancelTimers();
            leg.ackWait = null;
        }
        wait.onAck.accept(ack);
    }

    /** 2xx retransmissions are for unreliable transports; over TCP only the ACK deadline runs. */
    private static boolean reliable(Response response) {
        ViaHeader via = (ViaHeader) response.getHeader(ViaHeader.NAME);
        return via != null && !"UDP".equalsIgnoreCase(via.getTransport());
    }

    private static void stopWaiting(Leg leg) {
        if (leg.ackWait != null) {
            leg.ackWait.cancelTimers();
            leg.ackWait = null;
        }
        SipTimers.cancel(leg.deadline);
        leg.deadline = null;
        SipTimers.cancel(leg.reofferDeadline);
        leg.reofferDeadline = null;
        leg.reofferAckCSeq = -1;
    }

    /** Ends its leg when our BYE is answered, whatever the answer, or times out (RFC 3261 §15.1.1). */
    private final class ByeHandler implements ClientHandler {

        private final Leg leg;

        ByeHandler(Leg leg) {
            this.leg = leg;
        }

        @Override
        public void response(ResponseEvent event) {
            if (event.getResponse().getStatusCode() >= 200) {
                done();
            }
        }

        @Override
        public void timeout() {
            done();
        }

        private void done() {
            synchronized (leg) {
                if (leg.state() == LegState.ENDING) {
                    end(leg, new LegEvent.Ended(leg.id, leg.endCause()));
                }
            }
        }
    }
}
