package org.parley.sip;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one needs to set up a phone or a trunk against Parley: the SIP domain (digest realm), the address Parley is
 * reached at, and the port of each transport.
 *
 * @param domain     the SIP domain ({@code PARLEY_DOMAIN})
 * @param address    the advertised address, or {@code "not listening"} while SIP is down
 * @param transports the listening transports, e.g. {@code UDP 5060}
 */
public record SipAccess(String domain, String address, List<Transport> transports) {

    public SipAccess {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(address, "address");
        transports = List.copyOf(transports);
    }

    /**
     * @param name {@code UDP}, {@code TCP} …
     * @param port its port
     */
    public record Transport(String name, int port) {
    }

    /** {@code sip:192.0.2.10:5060}, the address to point a phone at (the first transport's port). */
    public String uri() {
        return "sip:" + host() + (transports.isEmpty() ? "" : ":" + transports.get(0).port());
    }

    /** The address as a URI host: an IPv6 address in brackets. */
    public String host() {
        return address.contains(":") ? "[" + address + "]" : address;
    }

    /** {@code UDP 5060, TCP 5060}. */
    public String transportList() {
        return transports.stream().map(t -> t.name() + " " + t.port()).collect(Collectors.joining(", "));
    }
}
