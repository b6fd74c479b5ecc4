package org.parley.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads the credentials of an {@code Authorization} header: HTTP Basic (RFC 7617) or a Bearer token (RFC 6750). */
final class ApiCredentials {

    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    private ApiCredentials() {
    }

    /** A user name and password from {@code Basic <base64(user:password)>}; empty for anything else. */
    static Optional<UsernamePasswordCredential> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** The token of {@code Bearer <token>}; empty for anything else. */
    static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
