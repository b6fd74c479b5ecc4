package org.parley.sipconnector;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an Authorization or Proxy-Authorization header (RFC 3261 §22.4, RFC 8760).
 *
 * @param scheme     authentication scheme, e.g. {@code Digest}
 * @param parameters its parameters ({@code username}, {@code realm}, {@code nonce}, {@code uri}, {@code response},
 *                   {@code algorithm}, {@code qop}, {@code nc}, {@code cnonce}, {@code opaque}), names in lower case,
 *                   values without quotes
 */
public record SipCredentials(String scheme, Map<String, String> parameters) {

    public SipCredentials {
        Objects.requireNonNull(scheme, "scheme");
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /** A parameter by its lower-case name. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }
}
