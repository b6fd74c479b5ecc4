package org.parley.sipconnector.jain;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.SipMessageListener;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * Delivers a request that opened a server transaction, and answers it when the application did not: 500 when the
 * listener threw or left a non-INVITE request without a final response, 503 when no endpoint could take it.
 */
final class RequestDelivery extends Delivery {

    private static final Logger LOG = Logger.getLogger(RequestDelivery.class.getName());

    /** How the connector answers a request by its transaction key (through its leg, for a leg's INVITE). */
    @FunctionalInterface
    interface Answers {
        void respond(String transactionKey, SipResponseSpec response);
    }

    private final InboundTransaction transaction;
    private final SipRequest request;
    private final Answers responder;

    RequestDelivery(MessageEndpointFactory endpoints, InFlightLimit limit, InboundTransaction transaction,
            SipRequest request, Answers responder) {
        super(endpoints, limit);
        this.transaction = transaction;
        this.request = request;
        this.responder = responder;
    }

    @Override
    void deliver(SipMessageListener listener) {
        listener.onRequest(request);
    }

    @Override
    void delivered() {
        if (!transaction.isInvite() && !transaction.isAnswered()) {
            LOG.log(Level.WARNING, "SIP listener returned without a final response to {0}; answered 500", request);
            answer(SipResponseSpec.status(500).build());
        }
    }

    @Override
    void noEndpointInstance(Exception cause) {
        LOG.log(Level.WARNING, "No SIP endpoint instance for {0} ({1}); answered 503",
                new Object[] {request, cause.getMessage()});
        answer(SipResponseSpec.status(503).header("Retry-After", "1").build());
    }

    @Override
    void listenerFailed(RuntimeException cause) {
        boolean unanswered = !transaction.isAnswered();
        LOG.log(Level.WARNING, "SIP listener failed on " + request + (unanswered ? "; answered 500" : ""), cause);
        if (unanswered) {
            answer(SipResponseSpec.status(500).build());
        }
    }

    @Override
    void workRefused(Exception cause) {
        LOG.log(Level.WARNING, "Work manager refused {0} ({1}); answered 503", new Object[] {request, cause});
        answer(SipResponseSpec.status(503).header("Retry-After", "1").build());
    }

    private void answer(SipResponseSpec spec) {
        try {
            responder.respond(transaction.key(), spec);
        } catch (SipSendException e) {
            LOG.log(Level.WARNING, "Could not answer {0} with {1}: {2}",
                    new Object[] {request, spec.statusCode(), e.getMessage()});
        }
    }
}
