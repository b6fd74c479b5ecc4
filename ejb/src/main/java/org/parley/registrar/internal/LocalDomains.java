package org.parley.registrar.internal;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The hosts Parley is registrar for (RFC 3261 §10.3 step 1): its SIP domain, {@code localhost}, and the IP
 * addresses of this machine. No DNS lookup: a name other than the domain is not ours.
 */
final class LocalDomains implements Predicate<String> {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int MAX_REMEMBERED = 1024;

    private final String domain;
    private final Map<String, Boolean> literals = new ConcurrentHashMap<>();

    LocalDomains(String domain) {
        this.domain = domain.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals(domain) || h.equals("localhost")) {
            return true;
        }
        String literal = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        boolean ipv4 = IPV4.matcher(literal).matches();
        if (ipv4 && !validOctets(literal) || !ipv4 && literal.indexOf(':') < 0) {
            return false; // a name, or not an address: never looked up
        }
        Boolean known = literals.get(literal);
        if (known != null) {
            return known;
        }
        boolean local = isLocalAddress(literal);
        if (literals.size() < MAX_REMEMBERED) {
            literals.put(literal, local);
        }
        return local;
    }

    private static boolean validOctets(String ipv4) {
        for (String octet : ipv4.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalAddress(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal); // a literal: parsed, never looked up
            return address.isLoopbackAddress() || address.isAnyLocalAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
