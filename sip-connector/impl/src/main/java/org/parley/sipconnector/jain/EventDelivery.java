package org.parley.sipconnector.jain;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.RegistrationEvent;
import org.parley.sipconnector.SipMessageListener;
import org.parley.sipconnector.media.MediaEvent;

/**
 * Delivers what nobody answers: a leg or registration event, an ACK or a response. A failure can only be logged.
 */
final class EventDelivery extends Delivery {

    private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());

    private final Object event;
    private final Consumer<SipMessageListener> call;

    EventDelivery(MessageEndpointFactory endpoints, InFlightLimit limit, Object event,
            Consumer<SipMessageListener> call) {
        super(endpoints, limit);
        this.event = event;
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
                new Object[] {event, cause.getMessage()});
    }

    @Override
    void listenerFailed(RuntimeException cause) {
        LOG.log(Level.WARNING, "SIP listener failed on " + event, cause);
    }

    @Override
    void workRefused(Exception cause) {
        LOG.log(Level.WARNING, "Work manager refused {0} ({1}); dropped", new Object[] {event, cause});
    }

    /** A lane item delivering a leg event. */
    static LaneItem of(LegEvent event) {
        boolean sheddable = event instanceof LegEvent.Progress
                || event instanceof LegEvent.Modified;
        return new LaneItem(event, false, sheddable,
                (endpoint, limit) -> new EventDelivery(endpoint, limit, event, l -> l.onLegEvent(event)),
                () -> { });
    }

    /** A lane item delivering a media event. */
    static LaneItem of(MediaEvent event) {
        return new LaneItem(event, false, false,
                (endpoint, limit) -> new EventDelivery(endpoint, limit, event, l -> l.onMediaEvent(event)),
                () -> { });
    }

    /** A lane item delivering a registration event. */
    static LaneItem of(RegistrationEvent event) {
        return new LaneItem(event, false, false,
                (endpoint, limit) -> new EventDelivery(endpoint, limit, event, l -> l.onRegistration(event)),
                () -> { });
    }
}
