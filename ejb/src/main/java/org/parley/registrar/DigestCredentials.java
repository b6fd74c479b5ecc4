package org.parley.registrar;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of one {@code Authorization: Digest ...} header (RFC 3261 §22.4, RFC 2617 §3.2.2), as the SIP
 * adapter parsed them: names lower-cased, values unquoted. Nothing here is trusted yet; the
 * {@link DigestAuthenticator} decides.
 *
 * @param parameters directive name to value; names are lower-cased on construction, a name given twice
 *                   (in any case) is rejected as malformed
 */
public record DigestCredentials(Map<String, String> parameters) {

    public DigestCredentials {
        Objects.requireNonNull(parameters, "parameters");
        Map<String, String> normalised = new HashMap<>();
        parameters.forEach((name, value) -> {
            Objects.requireNonNull(name, "parameter name");
            Objects.requireNonNull(value, "value of parameter " + name);
            if (normalised.put(name.toLowerCase(Locale.ROOT), value) != null) {
                throw new IllegalArgumentException("Digest parameter given twice: " + name);
            }
        });
        parameters = Map.copyOf(normalised);
    }

    /** The value of a directive, by case-insensitive name. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> username() {
        return parameter("username");
    }

    public Optional<String> realm() {
        return parameter("realm");
    }

    public Optional<String> nonce() {
        return parameter("nonce");
    }

    public Optional<String> uri() {
        return parameter("uri");
    }

    public Optional<String> response() {
        return parameter("response");
    }

    public Optional<String> algorithm() {
        return parameter("algorithm");
    }

    public Optional<String> qop() {
        return parameter("qop");
    }

    public Optional<String> nc() {
        return parameter("nc");
    }

    public Optional<String> cnonce() {
        return parameter("cnonce");
    }

    public Optional<String> opaque() {
        return parameter("opaque");
    }
}
