package org.parley.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;

/** An API token secret presented as {@code Authorization: Bearer <secret>}, for the identity stores to check. */
public final class ApiTokenCredential implements Credential {

    private final String secret;

    public ApiTokenCredential(String secret) {
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    public String secret() {
        return secret;
    }

    @Override
    public void clear() {
        // the secret is an immutable String; nothing to wipe
    }

    @Override
    public String toString() {
        return "ApiTokenCredential[<hidden>]";
    }
}
