package org.parley.directory;

import java.util.Locale;
import java.util.Objects;

/**
 * How an extension's SIP password is stored: only the digest HA1 values for one realm, never the clear text
 * (RFC 2617 §4.13, RFC 7616 §5.2). One HA1 per supported {@link DigestAlgorithm}, so either can be answered.
 * <p>
 * An HA1 is bound to the username and the realm it was computed with: renaming the extension or changing the
 * realm needs a new password. HA1 values are password-equivalent for the realm, so {@link #toString()} hides them.
 *
 * @param realm     the digest realm the hashes were computed for
 * @param ha1Md5    H(username ":" realm ":" password) with MD5, 32 hex digits
 * @param ha1Sha256 the same with SHA-256, 64 hex digits
 */
public record SipSecret(String realm, String ha1Md5, String ha1Sha256) {

    public SipSecret {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(ha1Md5, "ha1Md5");
        Objects.requireNonNull(ha1Sha256, "ha1Sha256");
        if (realm.isBlank()) {
            throw new IllegalArgumentException("realm must not be blank");
        }
        ha1Md5 = ha1Md5.toLowerCase(Locale.ROOT);
        ha1Sha256 = ha1Sha256.toLowerCase(Locale.ROOT);
        if (!DigestAlgorithm.MD5.isHash(ha1Md5)) {
            throw new IllegalArgumentException("ha1Md5 must be 32 hex digits");
        }
        if (!DigestAlgorithm.SHA_256.isHash(ha1Sha256)) {
            throw new IllegalArgumentException("ha1Sha256 must be 64 hex digits");
        }
    }

    /** Hashes a clear-text password; the password itself is not kept. */
    public static SipSecret fromPassword(String username, String realm, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(password, "password");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        return new SipSecret(realm,
                DigestAlgorithm.MD5.ha1(username, realm, password),
                DigestAlgorithm.SHA_256.ha1(username, realm, password));
    }

    /** The HA1 to verify a response computed with {@code algorithm}. */
    public String ha1(DigestAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        return switch (algorithm) {
            case MD5 -> ha1Md5;
            case SHA_256 -> ha1Sha256;
        };
    }

    @Override
    public String toString() {
        return "SipSecret[realm=" + realm + ", ha1Md5=<hidden>, ha1Sha256=<hidden>]";
    }
}
