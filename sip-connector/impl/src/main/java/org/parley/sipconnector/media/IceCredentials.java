package org.parley.sipconnector.media;

import java.security.SecureRandom;

/** Random ICE credentials (RFC 8839 section 5.4: ufrag at least 24 bits, password at least 128 bits of randomness). */
final class IceCredentials {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private IceCredentials() {
    }

    static String ufrag() {
        return random(8);
    }

    static String password() {
        return random(24);
    }

    private static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
