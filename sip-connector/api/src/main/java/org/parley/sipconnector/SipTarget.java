package org.parley.sipconnector;

import java.util.Locale;
import java.util.Objects;

/**
 * Where to send a request (the next hop), when it is not simply the host of its Request-URI: for a registered phone
 * the address its REGISTER came from (so phones behind NAT are reached), for a trunk its configured proxy.
 *
 * @param transport {@code UDP}, {@code TCP}, {@code TLS}, {@code WS} or {@code WSS} (a WebSocket client is reached
 *                  only over the connection it opened: its source address and port, as it registered)
 * @param host      IP address or host name
 * @param port      port
 */
public record SipTarget(String transport, String host, int port) {

    public SipTarget {
        transport = Objects.requireNonNull(transport, "transport").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
