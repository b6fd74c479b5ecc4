package org.parley.sipconnector.jain;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.message.Response;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/** Answers to in-dialog requests, the connector's own or relayed from the partner's dialog; a failed send is logged. */
final class InDialogAnswers {

    private static final Logger LOG = Logger.getLogger(InDialogAnswers.class.getName());

    private final CallContext ctx;

    InDialogAnswers(CallContext ctx) {
        this.ctx = ctx;
    }

    /** The transport of a leg's dialog (its pinned route's, if any). */
    static String transport(Leg leg) {
        return leg.pin != null ? leg.pin.getTransport() : leg.dialog.transport();
    }

    void answer(ServerTransaction transaction, int code, String reason) {
        respond(transaction, SipResponseSpec.status(code).reason(reason).build());
    }

    void respond(ServerTransaction transaction, SipResponseSpec spec) {
        try {
            ctx.responder.answer(transaction, spec);
        } catch (SipSendException e) {
            ctx.sendFailures.record(LOG, "Could not answer an in-dialog request with {0}: {1}",
                    new Object[] {spec.statusCode(), e.getMessage()});
        }
    }

    /** Relays an answer that came from the partner's dialog. */
    void relay(ServerTransaction transaction, Response response) {
        try {
            Responder.send(transaction, response);
        } catch (SipSendException e) {
            ctx.sendFailures.record(LOG, "Could not relay a {0}: {1}", new Object[] {response.getStatusCode(), e.getMessage()});
        }
    }
}
