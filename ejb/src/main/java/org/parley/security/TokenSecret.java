package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret of an API token: {@code parley_} and 32 URL-safe characters (192 random bits). Only its SHA-256 is
 * stored, which is enough to find the token when it is presented: a secret this random needs no salt and no slow
 * hash. Its first characters ({@link #prefix()}) tell tokens apart on screen. {@link #toString()} hides it.
 *
 * @param text the whole secret, as the caller sends it after {@code Bearer}
 */
public record TokenSecret(String text) {

    public static final String MARKER = "parley_";
    private static final int RANDOM_BYTES = 24;
    private static final int LENGTH = MARKER.length() + 32;
    private static final int PREFIX_LENGTH = MARKER.length() + 6;

    public TokenSecret {
        if (!looksLikeOne(text)) {
            throw new IllegalArgumentException("not a Parley token secret");
        }
    }

    /** A new random secret. */
    public static TokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new TokenSecret(MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code text} has the form of a secret (so that anything else is refused without a database look-up). */
    public static boolean looksLikeOne(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(MARKER)) {
            return false;
        }
        for (int i = MARKER.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            boolean urlSafe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!urlSafe) {
                return false;
            }
        }
        return true;
    }

    /** What is stored: the lower-case hex SHA-256 of the secret. */
    public String sha256() {
        return sha256(text);
    }

    /** The SHA-256 of any presented text, as {@link #sha256()} computes it. */
    public static String sha256(String presented) {
        Objects.requireNonNull(presented, "presented");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(presented.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first characters, shown in lists: {@code parley_AbC123}. */
    public String prefix() {
        return text.substring(0, PREFIX_LENGTH);
    }

    @Override
    public String toString() {
        return "TokenSecret[" + prefix() + "…]";
    }
}
