package org.parley.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash functions Parley accepts for SIP digest authentication: MD5 (RFC 2617, RFC 3261 §22.4) and
 * SHA-256 (RFC 7616 §3.2, brought to SIP by RFC 8760). The {@code -sess} variants are deliberately not
 * supported: RFC 8760 §2.1 lets a SIP server leave them out, and they would need per-client state.
 */
public enum DigestAlgorithm {

    MD5("MD5", "MD5"),
    SHA_256("SHA-256", "SHA-256");

    /** The algorithm meant when a challenge or a response has no {@code algorithm} parameter (RFC 2617 §3.2.1). */
    public static final DigestAlgorithm DEFAULT = MD5;

    private static final HexFormat HEX = HexFormat.of();

    private final String token;
    private final String jcaName;

    DigestAlgorithm(String token, String jcaName) {
        this.token = token;
        this.jcaName = jcaName;
    }

    /** The token as written in the {@code algorithm} parameter, e.g. {@code SHA-256}. */
    public String token() {
        return token;
    }

    /** Number of lower-case hex characters in a hash of this algorithm (32 for MD5, 64 for SHA-256). */
    public int hexLength() {
        return switch (this) {
            case MD5 -> 32;
            case SHA_256 -> 64;
        };
    }

    /**
     * The algorithm named by a present {@code algorithm} token, ignoring case.
     *
     * @return empty for an unknown token, a {@code -sess} variant, or a blank or null token
     *         (use {@link #fromParameter(Optional)} when an absent parameter must mean the default)
     */
    public static Optional<DigestAlgorithm> fromToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String wanted = token.strip();
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.token.equalsIgnoreCase(wanted)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /**
     * The algorithm meant by an optional {@code algorithm} parameter: absent or blank means {@link #DEFAULT}
     * (RFC 2617 §3.2.1, RFC 7616 §3.3), otherwise as {@link #fromToken(String)}.
     */
    public static Optional<DigestAlgorithm> fromParameter(Optional<String> parameter) {
        Objects.requireNonNull(parameter, "parameter");
        if (parameter.isEmpty() || parameter.get().isBlank()) {
            return Optional.of(DEFAULT);
        }
        return fromToken(parameter.get());
    }

    /** H(data): the lower-case hex hash of the UTF-8 bytes of {@code data}. */
    public String hash(String data) {
        Objects.requireNonNull(data, "data");
        return HEX.formatHex(newDigest().digest(data.getBytes(StandardCharsets.UTF_8)));
    }

    /** HA1 = H(username ":" realm ":" password), RFC 2617 §3.2.2.2 / RFC 7616 §3.4.2. */
    public String ha1(String username, String realm, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(password, "password");
        return hash(username + ":" + realm + ":" + password);
    }

    /** Whether {@code text} looks like a hash of this algorithm: exactly {@link #hexLength()} lower-case hex digits. */
    public boolean isHash(String text) {
        if (text == null || text.length() != hexLength()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            // every Java SE platform must provide MD5 and SHA-256 (MessageDigest Javadoc), so this is a broken JDK
            throw new IllegalStateException("The JDK provides no " + jcaName + " MessageDigest", e);
        }
    }
}
