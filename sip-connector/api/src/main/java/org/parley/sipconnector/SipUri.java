package org.parley.sipconnector;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed SIP or SIPS URI (RFC 3261 §19.1), or any other absolute URI with only {@link #text()} meaningful.
 *
 * @param text       the URI exactly as received
 * @param scheme     {@code sip}, {@code sips}, {@code tel}, … in lower case
 * @param user       user part, empty when absent
 * @param host       host part, empty for non-SIP URIs
 * @param port       port, or -1 when the URI names none
 * @param parameters URI parameters, names in lower case; a parameter without value maps to ""
 */
public record SipUri(String text, String scheme, String user, String host, int port, Map<String, String> parameters) {

    public SipUri {
        Objects.requireNonNull(text, "text");
        scheme = Objects.requireNonNull(scheme, "scheme").toLowerCase(Locale.ROOT);
        user = user == null ? "" : user;
        host = host == null ? "" : host;
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /** Whether this is a {@code sip:} or {@code sips:} URI. */
    public boolean isSip() {
        return "sip".equals(scheme) || "sips".equals(scheme);
    }

    /** The value of a URI parameter, looked up by its lower-case name. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return text;
    }
}
