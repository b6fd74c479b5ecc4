package org.parley.sipconnector.jain;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.address.Hop;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.SipTarget;

/**
 * Legs Parley opens with an INVITE (the connector is their UAC, RFC 3261 §13.2): sending, provisional and final
 * answers, digest challenges, CANCEL, the ACK of the 2xx (at once, or with Parley's late-offer answer), and the 2xx of
 * other forks or of legs already over, which are acknowledged and hung up.
 */
final class OutgoingCalls {

    private static final Logger LOG = Logger.getLogger(OutgoingCalls.class.getName());

    private final CallContext ctx;

    OutgoingCalls(CallContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Sends the INVITE of a new leg and returns its id. A transport failure on the first send ends the leg with
     * {@code Failed(503)}; what cannot be built or routed is refused.
     *
     * @throws SipSendException when the INVITE cannot be built or no next hop found
     */
    String invite(OutboundInvite spec) {
        String callId = ctx.out.newCallId();
        Hop pin = spec.target().map(t -> pin(callId, t)).orElse(null);
        Leg leg;
        try {
            URI requestUri = ctx.out.uri(spec.requestUri());
            String transport = pin != null ? pin.getTransport() : OutgoingMessages.transportOf(requestUri);
            CallIdHeader callIdHeader = ctx.out.headers.createCallIdHeader(callId);
            FromHeader from = ctx.out.from(spec.from(), LocalTags.next());
            ToHeader to = ctx.out.to(spec.to());
            Request invite = ctx.out.request(requestUri, Request.INVITE, callIdHeader, 1, from, to, transport,
                    spec.maxForwards());
            invite.addHeader(ctx.out.contact(transport, null));
            ctx.out.addHeaders(invite, spec.headers());
            ctx.out.setBody(invite, spec.body());
            String legId = spec.legId().orElseGet(ctx.legs::newId);
            leg = new Leg(legId, Leg.Direction.OUTGOING, LegDialog.asCaller(invite), ctx.newLane("leg " + legId),
                    SipLegState.CALLING);
            leg.pin = pin;
            leg.offerSent = !spec.body().isEmpty();
            leg.auth = spec.auth();
            leg.inviteRequest = invite;
        } catch (java.text.ParseException | RuntimeException e) {
            ctx.router.unpin(callId, pin);
            throw e instanceof SipSendException sent ? sent
                    : new SipSendException("cannot build an INVITE to " + spec.requestUri() + ": " + e.getMessage(), e);
        }
        // The leg's events wait until its id is handed out, so Parley never hears of a leg it does not know yet.
        leg.lane.hold();
        if (!ctx.legs.add(leg)) {
            ctx.router.unpin(callId, pin);
            throw new SipSendException("leg id " + leg.id + " is in use already");
        }
        try {
            synchronized (leg) {
                try {
                    sendInvite(leg, leg.inviteRequest);
                } catch (NoRoute e) {
                    ctx.end(leg, null);
                    throw (SipSendException) e.getCause();
                } catch (SipSendException e) {
                    ctx.sendFailures.record(LOG, "INVITE of {0} not sent: {1}", new Object[] {leg, e.getMessage()});
                    ctx.end(leg, new LegEvent.Failed(leg.id, 503, "Service Unavailable", List.of()));
                }
            }
            return leg.id;
        } finally {
            leg.lane.release();
        }
    }

    private Hop pin(String callId, SipTarget target) {
        return ctx.router.pin(callId, target.host(), target.port(), target.transport());
    }

    /** Thrown when JAIN-SIP finds no next hop, as opposed to a transport failure on the way there. */
    private static final class NoRoute extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoRoute(SipSendException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** With the leg's monitor held: sends (or re-sends, with credentials) the leg's INVITE. */
    private void sendInvite(Leg leg, Request invite) {
        InviteAttempt attempt = new InviteAttempt(leg);
        ClientTransaction transaction;
        try {
            transaction = ctx.provider.getNewClientTransaction(invite);
        } catch (javax.sip.SipException | RuntimeException e) {
            throw new NoRoute(new SipSendException("no route for INVITE to " + invite.getRequestURI() + ": "
                    + e.getMessage(), e));
        }
        transaction.setRetransmitTimer(ctx.timing.t1Millis());
        transaction.setApplicationData(attempt);
        leg.inviteTransaction = transaction;
        leg.currentInvite = attempt;
        try {
            transaction.sendRequest();
        } catch (javax.sip.SipException | RuntimeException e) {
            throw new SipSendException("cannot send INVITE to " + invite.getRequestURI() + ": " + e.getMessage(), e);
        }
    }

    /** The answers to one INVITE of a leg (a leg sends a second one after a challenge). */
    private final class InviteAttempt implements ClientHandler {

        private final Leg leg;

        InviteAttempt(Leg leg) {
            this.leg = leg;
        }

        @Override
        public void response(ResponseEvent event) {
            Response response = event.getResponse();
            int code = response.getStatusCode();
            synchronized (leg) {
                if (code >= 200 && code < 300) {
                    success(leg, response);
                } else if (leg.currentInvite == this) {
                    if (code < 200) {
                        provisional(leg, response);
                    } else {
                        failure(leg, response);
                    }
                }
            }
        }

        @Override
        public void timeout() {
            synchronized (leg) {
                if (leg.currentInvite == this && leg.state().isEarly()) {
                    ctx.end(leg, new LegEvent.Failed(leg.id, 408, "Request Timeout", List.of()));
                }
            }
        }
    }

    /** A provisional answer: reported (except 100), and the moment a waiting CANCEL may go (RFC 3261 §9.1). */
    private void provisional(Leg leg, Response response) {
        if (!leg.state().isEarly()) {
            return;
        }
        leg.provisional = true;
        if (leg.cancelWaiting) {
            leg.cancelWaiting = false;
            sendCancel(leg);
        }
        int code = response.getStatusCode();
        if (leg.state() == SipLegState.CALLING && code > 100) {
            leg.emit(new LegEvent.Progress(leg.id, code, response.getReasonPhrase(), OutgoingMessages.body(response),
                    MessageViews.headerList(response)));
        }
    }

    /** A 2xx: the leg is answered, unless Parley cancelled it (then ACK and BYE), or it is another fork's. */
    private void success(Leg leg, Response ok) {
        switch (leg.state()) {
            case CALLING -> {
                leg.dialog.establish(ok);
                leg.inviteTransaction = null;
                leg.currentInvite = null;
                if (leg.offerSent) {
                    ack(leg, SipBody.empty());
                    leg.moveTo(SipLegState.CONFIRMED);
                } else {
                    leg.moveTo(SipLegState.ANSWERED);
                    leg.deadline = ctx.timers.schedule(ctx.timing.transactionTimeout(), () -> acknowledgeMissing(leg));
                }
                leg.emit(new LegEvent.Answered(leg.id, ok.getStatusCode(), OutgoingMessages.body(ok),
                        MessageViews.headerList(ok)));
            }
            case CANCELLING -> {
                // The 2xx crossed our CANCEL (RFC 3261 §9.1): the call was wanted no more.
                leg.dialog.establish(ok);
                leg.inviteTransaction = null;
                leg.currentInvite = null;
                ack(leg, SipBody.empty());
                ctx.hangUp(leg, EndCause.LOCAL_HANGUP);
            }
            default -> late2xx(leg, ok);
        }
    }

    /**
     * A 2xx for a leg already past its answer: a retransmission of the one it took (its ACK is sent again), or the
     * 2xx of another fork (RFC 3261 §13.2.2.4: acknowledged, then ended with BYE).
     */
    void late2xx(Leg leg, Response ok) {
        String tag = toTag(ok);
        if (!leg.dialog.remoteTag().isEmpty() && leg.dialog.remoteTag().equals(tag)) {
            Request ack = leg.lastAck;
            if (ack != null && cseq(ack) == cseq(ok)) {
                try {
                    ctx.sendAck(ack);
                } catch (SipSendException e) {
                    ctx.sendFailures.record(LOG, "ACK resend on {0} failed: {1}", new Object[] {leg, e.getMessage()});
                }
            }
            return;
        }
        // another fork's answer: hung up off the stack's thread (its Contact may need a name lookup)
        ctx.timers.schedule(java.time.Duration.ZERO, () -> tearDown(ok));
    }

    /** Acknowledges a 2xx nobody wants and hangs its dialog up. */
    void tearDown(Response ok) {
        try {
            LegDialog unwanted = LegDialog.fromSuccess(ok);
            ctx.sendAck(unwanted.ack(cseq(ok), ctx.out));
            ctx.send(unwanted.request(Request.BYE, ctx.out, 70), ClientHandler.IGNORE);
            LOG.log(Level.FINE, "Unwanted 2xx (Call-ID {0}, To tag {1}) acknowledged and hung up",
                    new Object[] {unwanted.callId(), toTag(ok)});
        } catch (RuntimeException e) {
            ctx.sendFailures.record(LOG, "Could not hang up an unwanted 2xx: {0}", e.getMessage());
        }
    }

    /** A final answer ≥ 300: the leg failed, unless it is a challenge we can answer (once). */
    private void failure(Leg leg, Response response) {
        if (!leg.state().isEarly()) {
            return;
        }
        int code = response.getStatusCode();
        if ((code == 401 || code == 407) && leg.state() == SipLegState.CALLING && leg.auth.isPresent()
                && !leg.challengeAnswered) {
            Optional<String[]> credentials = DigestAnswer.answer(response, leg.inviteRequest, leg.auth.get());
            if (credentials.isPresent() && resendWithCredentials(leg, credentials.get())) {
                return;
            }
        }
        ctx.end(leg, new LegEvent.Failed(leg.id, code, response.getReasonPhrase(), MessageViews.headerList(response)));
    }

    /** Sends the INVITE again with the next CSeq, a new branch and the credentials (RFC 3261 §22.2). */
    private boolean resendWithCredentials(Leg leg, String[] credentials) {
        try {
            Request again = (Request) leg.inviteRequest.clone();
            long cseq = cseq(again) + 1;
            ((CSeqHeader) again.getHeader(CSeqHeader.NAME)).setSeqNumber(cseq);
            again.removeHeader(ViaHeader.NAME);
            again.addHeader(ctx.out.via(((ViaHeader) leg.inviteRequest.getHeader(ViaHeader.NAME)).getTransport()));
            again.removeHeader(AuthorizationHeader.NAME);
            again.removeHeader(ProxyAuthorizationHeader.NAME);
            again.addHeader(OutgoingMessages.single(credentials[0], credentials[1]));
            leg.inviteRequest = again;
            leg.dialog.sentCSeq(cseq);
            leg.challengeAnswered = true;
            leg.provisional = false;
            sendInvite(leg, again);
            return true;
        } catch (InvalidArgumentException | RuntimeException e) {
            LOG.log(Level.FINE, "Challenge on {0} not answered: {1}", new Object[] {leg, e.getMessage()});
            return false;
        }
    }

    /**
     * Parley cancels: a CANCEL goes once a provisional came (RFC 3261 §9.1), else it waits for the first one; if none
     * ever comes, Timer B ends the leg. An answered leg is hung up instead.
     */
    void cancel(Leg leg) {
        synchronized (leg) {
            switch (leg.state()) {
                case CALLING -> {
                    leg.moveTo(SipLegState.CANCELLING);
                    if (leg.provisional) {
                        sendCancel(leg);
                    } else {
                        leg.cancelWaiting = true;
                    }
                }
                case ANSWERED, CONFIRMED -> hangup(leg, EndCause.LOCAL_HANGUP);
                default -> {
                    // cancelling already, or over
                }
            }
        }
    }

    /** With the monitor held: sends CANCEL, and gives the INVITE 64·T1 to end (RFC 3261 §9.1). */
    private void sendCancel(Leg leg) {
        ClientTransaction invite = leg.inviteTransaction;
        if (invite == null) {
            return;
        }
        try {
            ctx.send(invite.createCancel(), ClientHandler.IGNORE);
        } catch (javax.sip.SipException | SipSendException e) {
            ctx.sendFailures.record(LOG, "CANCEL on {0} not sent: {1}", new Object[] {leg, e.getMessage()});
        }
        leg.deadline = ctx.timers.schedule(ctx.timing.transactionTimeout(), () -> cancelUnanswered(leg));
    }

    private void cancelUnanswered(Leg leg) {
        synchronized (leg) {
            if (leg.state() == SipLegState.CANCELLING) {
                ctx.end(leg, new LegEvent.Failed(leg.id, 487, "Request Terminated", List.of()));
            }
        }
    }

    /** Parley's answer to a late-offer 2xx, carried in the ACK (RFC 3264 §5). */
    void acknowledge(Leg leg, SipBody answer) {
        synchronized (leg) {
            switch (leg.state()) {
                case ANSWERED -> {
                    SipTimers.cancel(leg.deadline);
                    leg.deadline = null;
                    ack(leg, answer);
                    leg.moveTo(SipLegState.CONFIRMED);
                }
                case CONFIRMED, ENDING, ENDED -> LOG.log(Level.FINE, "{0}: acknowledged already, or over", leg);
                default -> throw new SipSendException(leg + " has no 2xx waiting for an acknowledgement");
            }
        }
    }

    /** Parley did not acknowledge a late-offer 2xx within 64·T1: ACK without answer, then BYE. */
    private void acknowledgeMissing(Leg leg) {
        synchronized (leg) {
            if (leg.state() == SipLegState.ANSWERED) {
                ack(leg, SipBody.empty());
                ctx.hangUp(leg, EndCause.ACK_TIMEOUT);
            }
        }
    }

    /**
     * Parley hangs up an outgoing leg: CANCEL before the answer, BYE after it (ACK first if still owed); {@code cause}
     * is what the leg's end reports.
     */
    void hangup(Leg leg, EndCause cause) {
        synchronized (leg) {
            switch (leg.state()) {
                case CALLING -> cancel(leg);
                case ANSWERED -> {
                    ack(leg, SipBody.empty());
                    ctx.hangUp(leg, cause);
                }
                case CONFIRMED -> ctx.hangUp(leg, cause);
                default -> {
                    // cancelling, ending, or over
                }
            }
        }
    }

    /** With the monitor held: sends the ACK of the leg's INVITE 2xx, with {@code body} if any. */
    private void ack(Leg leg, SipBody body) {
        try {
            ctx.acknowledge(leg, cseq(leg.inviteRequest), body);
        } catch (SipSendException e) {
            ctx.sendFailures.record(LOG, "ACK on {0} not sent: {1}", new Object[] {leg, e.getMessage()});
        }
    }

    static long cseq(javax.sip.message.Message message) {
        return ((CSeqHeader) message.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

    static String toTag(Response response) {
        String tag = ((ToHeader) response.getHeader(ToHeader.NAME)).getTag();
        return tag == null ? "" : tag;
    }
}
