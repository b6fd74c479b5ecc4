package org.parley.sipconnector;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an address header (From, To, Contact; RFC 3261 §20.10): display name, URI and header parameters.
 *
 * @param displayName display name, empty when absent
 * @param uri         the address
 * @param parameters  header parameters ({@code tag}, {@code expires}, {@code q}, …), names in lower case;
 *                    a parameter without value maps to ""
 */
public record NameAddress(String displayName, SipUri uri, Map<String, String> parameters) {

    public NameAddress {
        displayName = displayName == null ? "" : displayName;
        Objects.requireNonNull(uri, "uri");
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /** The value of a header parameter, looked up by its lower-case name. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The {@code tag} parameter (RFC 3261 §19.3), if any. */
    public Optional<String> tag() {
        return parameter("tag");
    }
}
