package org.parley.sipconnector.jain;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipSendException;

/**
 * A re-INVITE or UPDATE relayed from {@code sender} to {@code receiver}: the receiver's final answer goes back to
 * the sender; for a re-INVITE's 2xx the connector then waits for the sender's ACK and sends the receiver's ACK
 * with its body (the answer, for an offer that came in the 2xx). The bridge's offer slot is freed at the end.
 */
final class RelayedOffer implements ClientHandler, CancelTarget {

    private static final Logger LOG = Logger.getLogger(RelayedOffer.class.getName());

    private final CallContext ctx;
    private final InDialogAnswers answers;
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

    RelayedOffer(CallContext ctx, InDialogAnswers answers, Leg sender, ServerTransaction senderTransaction,
            Request request, Leg receiver, Bridge bridge) {
        this.ctx = ctx;
        this.answers = answers;
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
            answers.answer(senderTransaction, 500, "");
            endReceiver();
        } else {
            answers.relay(senderTransaction, Relaying.response(ctx.out.messages, request, response,
                    code < 300 ? ctx.out.contact(InDialogAnswers.transport(sender), null) : null));
        }
        if (code < 300) {
            modified(OutgoingMessages.body(request));
        }
    }

    /** The receiver's 2xx to a re-INVITE goes to the sender, which must ACK it before the receiver is ACKed. */
    private void relaySuccess(Response ok) {
        Response toSender = Relaying.response(ctx.out.messages, request, ok,
                ctx.out.contact(InDialogAnswers.transport(sender), null));
        boolean sent = false;
        synchronized (sender) {
            if (sender.state() == SipLegState.CONFIRMED) {
                ctx.awaitAck(sender, toSender, this::senderAcked, this::senderAckMissing);
                try {
                    Responder.send(senderTransaction, toSender);
                    sent = true;
                } catch (SipSendException e) {
                    ctx.sendFailures.record(LOG, "2xx not relayed to {0}: {1}", new Object[] {sender, e.getMessage()});
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
                ctx.sendFailures.record(LOG, "ACK not relayed to {0}: {1}", new Object[] {receiver, e.getMessage()});
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
                    ctx.sendFailures.record(LOG, "ACK resend to {0} failed: {1}", new Object[] {receiver, e.getMessage()});
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
        answers.answer(senderTransaction, 500, "");
        bridge.offerDone();
        endReceiver();
    }

    /** The sender cancelled its re-INVITE: 200, and the relayed one is cancelled in turn (its 487 comes back). */
    @Override
    public void cancelled(ServerTransaction cancelTransaction, Request cancel) {
        answers.answer(cancelTransaction, 200, "");
        ClientTransaction relayed = transaction;
        synchronized (this) {
            if (answered || relayed == null) {
                return;
            }
        }
        try {
            ctx.send(relayed.createCancel(), ClientHandler.IGNORE);
        } catch (javax.sip.SipException | SipSendException e) {
            ctx.sendFailures.record(LOG, "CANCEL not relayed to {0}: {1}", new Object[] {receiver, e.getMessage()});
        }
    }
}
