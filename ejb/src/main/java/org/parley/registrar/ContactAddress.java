package org.parley.registrar;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A contact URI of a REGISTER, taken apart by the SIP adapter. Parley does not parse URIs itself.
 *
 * @param text   the URI as received, echoed back in the 200 OK's Contact header
 * @param scheme {@code sip}, {@code sips}, ...
 * @param user   the user part, escaped as received; empty when the URI has none
 * @param host   host name, IPv4 address or bracketed IPv6 reference
 * @param port   the port, or -1 when the URI names none
 * @param params URI parameters (names are lower-cased; a parameter without value maps to "")
 */
public record ContactAddress(String text, String scheme, String user, String host, int port,
                             Map<String, String> params) {

    /** Port value meaning "no port in the URI". */
    public static final int NO_PORT = -1;

    /** URI parameters that take part in equivalence even when only one URI has them (RFC 3261 §19.1.4). */
    private static final List<String> KEY_PARAMETERS = List.of("transport", "user", "ttl", "method", "maddr");

    /** The "reserved" set of RFC 3261 §25.1: only these characters differ from their %-escaped form. */
    private static final String RESERVED = ";/?:@&=+$,";

    public ContactAddress {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(params, "params");
        if (text.isBlank()) {
            throw new IllegalArgumentException("contact text must not be blank");
        }
        if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw new IllegalArgumentException("invalid URI scheme: " + scheme);
        }
        if (user.indexOf('@') >= 0) {
            throw new IllegalArgumentException("user part must not contain '@': " + user);
        }
        if (host.isBlank() || host.chars().anyMatch(c -> c == '@' || c == ';' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("invalid host: " + host);
        }
        if (host.indexOf(':') >= 0 && !(host.startsWith("[") && host.endsWith("]"))) {
            throw new IllegalArgumentException("an IPv6 host must be bracketed: " + host);
        }
        if (port != NO_PORT && (port < 1 || port > 65_535)) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        params = normalisedParameters(params);
    }

    /**
     * The equivalence key of RFC 3261 §19.1.4: two contact URIs are the same binding iff their keys are equal.
     * <ul>
     *   <li>scheme and host compare case-insensitively; the user part case-sensitively, with %-escapes of
     *       characters outside the reserved set decoded (they are equivalent to the character itself);</li>
     *   <li>the port compares as given: an absent port is not 5060;</li>
     *   <li>{@code transport, user, ttl, method, maddr} compare case-insensitively, and a URI that has one of
     *       them never matches a URI that has not, even with the default value.</li>
     * </ul>
     * Other parameters are left out on purpose: RFC 3261 also requires a parameter present in both URIs to match,
     * but that rule is not transitive and so cannot be expressed as a key; contacts differing only in such a
     * parameter are treated as one binding.
     */
    public String key() {
        StringBuilder key = new StringBuilder()
                .append(scheme.toLowerCase(Locale.ROOT)).append(':')
                .append(normalisedUser(user)).append('@')
                .append(host.toLowerCase(Locale.ROOT));
        if (port != NO_PORT) {
            key.append(':').append(port);
        }
        for (String name : KEY_PARAMETERS) {
            String value = params.get(name);
            if (value != null) {
                key.append(';').append(name).append('=').append(value.toLowerCase(Locale.ROOT));
            }
        }
        return key.toString();
    }

    private static Map<String, String> normalisedParameters(Map<String, String> params) {
        Map<String, String> normalised = new HashMap<>();
        params.forEach((name, value) -> {
            Objects.requireNonNull(name, "parameter name");
            Objects.requireNonNull(value, "value of URI parameter " + name);
            if (name.isBlank() || name.indexOf(';') >= 0 || name.indexOf('=') >= 0 || value.indexOf(';') >= 0) {
                throw new IllegalArgumentException("invalid URI parameter: " + name + "=" + value);
            }
            if (normalised.put(name.toLowerCase(Locale.ROOT), value) != null) {
                throw new IllegalArgumentException("URI parameter given twice: " + name);
            }
        });
        return Map.copyOf(normalised);
    }

    /** Decodes %-escapes of unreserved ASCII characters; keeps the others as upper-case escapes. */
    private static String normalisedUser(String user) {
        StringBuilder out = new StringBuilder(user.length());
        int i = 0;
        while (i < user.length()) {
            char c = user.charAt(i);
            if (c == '%' && i + 2 < user.length() && isHex(user.charAt(i + 1)) && isHex(user.charAt(i + 2))) {
                int decoded = Integer.parseInt(user.substring(i + 1, i + 3), 16);
                if (decoded > 0x20 && decoded < 0x7f && RESERVED.indexOf(decoded) < 0 && decoded != '%') {
                    out.append((char) decoded);
                } else {
                    out.append('%').append(user.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
