package org.parley.sipconnector.jain;

import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.Request;

/**
 * Drops requests before any other work (no transaction, no answer, no delivery): those from a source address the
 * application blocked (the SIP authentication guard's bans, pushed through {@code SipConnection.blockSource}) and
 * those whose {@code User-Agent} names a known scanner ({@code PARLEY_SIP_SCANNER_AGENTS}). Costs one map lookup and
 * one header scan per request; the address is the packet's source, never resolved.
 */
final class SourceFilter {

    private static final Logger LOG = Logger.getLogger(SourceFilter.class.getName());

    /** Digits, hex digits, dots and colons only: {@link InetAddress#getByName} then parses and never resolves. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final ConcurrentMap<String, Instant> blocked = new ConcurrentHashMap<>();
    private final List<String> scannerAgents;
    private final Clock clock;
    private final AtomicLong dropped = new AtomicLong();

    /** @param scannerAgents parts of a User-Agent that mark a scanner, matched without regard to case */
    SourceFilter(List<String> scannerAgents, Clock clock) {
        this.scannerAgents = scannerAgents.stream().map(a -> a.toLowerCase(Locale.ROOT)).filter(a -> !a.isBlank())
                .toList();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code request} is to be dropped without an answer. */
    boolean drops(Request request) {
        String source = source(request);
        if (source != null && isBlocked(source)) {
            dropped.incrementAndGet();
            return true;
        }
        if (isScanner(request)) {
            dropped.incrementAndGet();
            LOG.log(Level.FINE, "Request from scanner user agent at {0} dropped", source);
            return true;
        }
        return false;
    }

    private boolean isBlocked(String source) {
        Instant until = blocked.get(source);
        if (until == null) {
            return false;
        }
        if (until.isAfter(clock.instant())) {
            return true;
        }
        blocked.remove(source, until);
        return false;
    }

    private boolean isScanner(Request request) {
        if (scannerAgents.isEmpty() || !(request.getHeader(UserAgentHeader.NAME) instanceof UserAgentHeader ua)) {
            return false;
        }
        String agent = ua.toString().toLowerCase(Locale.ROOT);
        return scannerAgents.stream().anyMatch(agent::contains);
    }

    /** Drops every request from {@code address} (an IP literal) until {@code until}. */
    void block(String address, Instant until) {
        blocked.put(canonical(address), until);
    }

    void unblock(String address) {
        blocked.remove(canonical(address));
    }

    /** Requests dropped since start. */
    long dropped() {
        return dropped.get();
    }

    int blockedCount() {
        return blocked.size();
    }

    private static String source(Request request) {
        SIPMessage m = (SIPMessage) request;
        InetAddress address = m.getPeerPacketSourceAddress() != null ? m.getPeerPacketSourceAddress()
                : m.getRemoteAddress();
        return address == null ? null : address.getHostAddress();
    }

    /**
     * The form {@link InetAddress#getHostAddress()} gives a source, so that {@code ::1} and {@code 0:0:0:0:0:0:0:1}
     * name the same one. Only IP literals are accepted: a name is never resolved.
     */
    static String canonical(String address) {
        String literal = Objects.requireNonNull(address, "address").trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!IP_LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("not an IP address: " + address);
        }
        try {
            return InetAddress.getByName(literal).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address, e);
        }
    }
}
