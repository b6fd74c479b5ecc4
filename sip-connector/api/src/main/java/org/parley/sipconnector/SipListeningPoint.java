package org.parley.sipconnector;

import java.util.Objects;

/**
 * A socket the connector listens on.
 *
 * @param transport {@code UDP}, {@code TCP}, …
 * @param host      bound address
 * @param port      bound port
 */
public record SipListeningPoint(String transport, String host, int port) {

    public SipListeningPoint {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(host, "host");
    }
}
