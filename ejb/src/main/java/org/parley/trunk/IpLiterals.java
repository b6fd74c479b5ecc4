package org.parley.trunk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads IP address literals (IPv4 dotted quads, IPv6 with or without brackets) without ever asking DNS. */
public final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiterals() {
    }

    /** The address written in {@code text}, or empty when it is not an IP literal (a host name is never resolved). */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (IPV4.matcher(t).matches()) {
            return ipv4(t);
        }
        if (t.indexOf(':') >= 0 && IPV6.matcher(t).matches()) {
            try {
                // a string with ':' is parsed as an IPv6 literal and never looked up
                return Optional.of(InetAddress.getByName(t));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} is an IP literal. */
    public static boolean isLiteral(String text) {
        return parse(text).isPresent();
    }

    private static Optional<InetAddress> ipv4(String text) {
        String[] parts = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) octet;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
