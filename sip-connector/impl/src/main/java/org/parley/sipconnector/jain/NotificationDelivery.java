package org.parley.sipconnector.jain;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.SipMessageListener;
import org.parley.sipconnector.SipMessage;

/** Delivers a message nobody answers: an ACK or a response. A failure can only be logged. */
final class NotificationDelivery extends Delivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    private final SipMessage message;
    private final Consumer<SipMessageListener> call;

    NotificationDelivery(MessageEndpointFactory endpoints, InFlightLimit limit, SipMessage message,
            Consumer<SipMessageListener> call) {
        super(endpoints, limit);
        this.message = message;
        this.call = call;
    }

    @Override
    void deliver(SipMessageListener listener) {
        call.accept(listener);
    }

    @Override
    void delivered() {
        // nothing to answer
    }

    @Override
    void noEndpointInstance(Exception cause) {
        LOG.log(Level.WARNING, "No SIP endpoint instance for {0} ({1}); dropped",
                new Object[] {message, cause.getMessage()});
    }

    @Override
    void listenerFailed(RuntimeException cause) {
        LOG.log(Level.WARNING, "SIP listener failed on " + message, cause);
    }

    @Override
    void workRefused(Exception cause) {
        LOG.log(Level.WARNING, "Work manager refused {0} ({1}); dropped", new Object[] {message, cause});
    }
}
