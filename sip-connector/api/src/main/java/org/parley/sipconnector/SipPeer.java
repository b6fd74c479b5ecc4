package org.parley.sipconnector;

import java.util.Objects;

/**
 * A transport address: where a message came from or arrived at.
 *
 * @param host numeric address as text (IPv6 without brackets)
 * @param port port number
 */
public record SipPeer(String host, int port) {

    public SipPeer {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** {@code host:port}, with brackets around an IPv6 address. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
