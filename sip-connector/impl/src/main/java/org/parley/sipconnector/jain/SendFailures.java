package org.parley.sipconnector.jain;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Messages the connector could not send (no route, a transport that refused them, a transaction already gone): each
 * is logged at INFO, where an operator sees that a peer missed a message, and counted for {@code /metrics}
 * ({@link org.parley.sipconnector.SipConnection#failedSends()}).
 */
final class SendFailures {

    private final AtomicLong count = new AtomicLong();

    /** A message was not sent: counted, and logged on {@code log} with {@code message} and its parameters. */
    void record(Logger log, String message, Object... parameters) {
        count.incrementAndGet();
        log.log(Level.INFO, message, parameters);
    }

    long count() {
        return count.get();
    }
}
