package org.parley.sipconnector.jain;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The message endpoints (message-driven beans) activated on the connector. One is expected; with several, messages
 * go to the first and a warning is logged once.
 */
final class MessageEndpoints {

    private static final Logger LOG = Logger.getLogger(MessageEndpoints.class.getName());

    private final List<MessageEndpointFactory> factories = new CopyOnWriteArrayList<>();
    private final AtomicBoolean warnedOfSeveral = new AtomicBoolean();

    void activate(MessageEndpointFactory factory) {
        factories.add(factory);
        LOG.log(Level.INFO, "SIP endpoint {0} activated", factory.getActivationName());
        if (factories.size() > 1 && warnedOfSeveral.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "{0} SIP endpoints activated; every message goes to the first, {1}",
                    new Object[] {factories.size(), factories.get(0).getActivationName()});
        }
    }

    void deactivate(MessageEndpointFactory factory) {
        if (factories.remove(factory)) {
            LOG.log(Level.INFO, "SIP endpoint {0} deactivated", factory.getActivationName());
        }
    }

    /** The endpoint messages are delivered to, if one is active. */
    Optional<MessageEndpointFactory> current() {
        return factories.stream().findFirst();
    }
}
