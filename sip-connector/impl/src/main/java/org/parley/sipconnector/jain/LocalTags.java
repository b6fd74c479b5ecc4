package org.parley.sipconnector.jain;

import java.security.SecureRandom;

/** Fresh To tags for the connector's responses: 64 random bits (RFC 3261 §19.3 asks for at least 32). */
final class LocalTags {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalTags() {
    }

    static String next() {
        return Long.toHexString(RANDOM.nextLong() | Long.MIN_VALUE);
    }
}
