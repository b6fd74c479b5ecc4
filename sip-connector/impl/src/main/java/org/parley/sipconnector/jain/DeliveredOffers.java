package org.parley.sipconnector.jain;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.header.ContactHeader;
import javax.sip.message.Response;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * A re-INVITE the connector handed to the application instead of relaying it (a party putting its call on hold, and
 * every offer on that bridge until the application bridges the legs again): the application's answer goes out on
 * the re-INVITE's own transaction; a 2xx gets the connector's Contact and is resent until its ACK (RFC 3261
 * §13.3.1.4); without an ACK in 64·T1 the leg is hung up.
 */
final class DeliveredOffers {

    private static final Logger LOG = Logger.getLogger(DeliveredOffers.class.getName());

    private final CallContext ctx;

    DeliveredOffers(CallContext ctx) {
        this.ctx = ctx;
    }

    /** The application answers the re-INVITE {@code tx} of {@code leg}. */
    void respond(Leg leg, InboundTransaction tx, SipResponseSpec spec) {
        int code = spec.statusCode();
        synchronized (leg) {
            if (leg.state().isClosing()) {
                throw new SipSendException(leg + " is over: its re-INVITE is not answered");
            }
            Response response = ctx.responder.build(tx, spec);
            boolean success = code >= 200 && code < 300;
            if (success) {
                if (response.getHeader(ContactHeader.NAME) == null) {
                    response.setHeader(ctx.out.contact(InDialogAnswers.transport(leg), null));
                }
                ctx.awaitAck(leg, response, ack -> { }, () -> ackMissing(leg));
            }
            try {
                Responder.send(tx.transaction(), response);
            } catch (SipSendException e) {
                if (success && leg.ackWait != null) {
                    leg.ackWait.cancelTimers();
                    leg.ackWait = null;
                }
                throw e;
            }
            if (code >= 200) {
                ctx.responder.forget(tx);
            }
        }
    }

    private void ackMissing(Leg leg) {
        synchronized (leg) {
            if (!leg.state().isClosing()) {
                LOG.log(Level.INFO, "No ACK for the answer to the re-INVITE on {0}: hung up", leg);
                ctx.hangUp(leg, EndCause.ACK_TIMEOUT);
            }
        }
    }
}
