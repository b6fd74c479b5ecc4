package org.parley.registrar;

import java.util.Objects;
import java.util.Optional;
import org.parley.directory.DigestAlgorithm;

/**
 * One digest challenge, the value of one {@code WWW-Authenticate} header of a 401 (RFC 3261 §22.4, RFC 8760 §2.3).
 * Parley always asks for {@code qop="auth"}.
 *
 * @param realm     the protection space
 * @param nonce     a nonce from {@link Nonces#issue()}
 * @param algorithm the hash the client must use
 * @param stale     true when the previous nonce was good but too old: the client retries without asking its user
 * @param opaque    an opaque value the client must return, if any
 */
public record DigestChallenge(String realm, String nonce, DigestAlgorithm algorithm, boolean stale,
                              Optional<String> opaque) {

    public DigestChallenge {
        requireQuotable(realm, "realm");
        requireQuotable(nonce, "nonce");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(opaque, "opaque");
        opaque.ifPresent(value -> requireQuotable(value, "opaque"));
    }

    /** A challenge without opaque value. */
    public DigestChallenge(String realm, String nonce, DigestAlgorithm algorithm, boolean stale) {
        this(realm, nonce, algorithm, stale, Optional.empty());
    }

    /**
     * The header value, e.g. {@code Digest realm="r", nonce="n", algorithm=SHA-256, qop="auth", stale=true};
     * {@code opaque} follows {@code qop} when present, {@code stale} is written only when true.
     */
    public String headerValue() {
        StringBuilder value = new StringBuilder("Digest realm=\"").append(realm)
                .append("\", nonce=\"").append(nonce)
                .append("\", algorithm=").append(algorithm.token())
                .append(", qop=\"auth\"");
        opaque.ifPresent(text -> value.append(", opaque=\"").append(text).append('"'));
        if (stale) {
            value.append(", stale=true");
        }
        return value.toString();
    }

    /** Values are written as quoted strings without escaping, so they must not need any. */
    private static void requireQuotable(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(name + " must be non-empty, without quotes, backslashes or controls");
        }
    }
}
