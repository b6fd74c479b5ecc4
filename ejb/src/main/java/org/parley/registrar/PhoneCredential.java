package org.parley.registrar;

import java.time.Instant;
import java.util.Objects;

/**
 * A SIP credential the server issued to the browser phone of a signed-in user: digest username (the extension) and a
 * random password, valid until {@code expiresAt} and only over a WebSocket. {@link #toString()} hides the password.
 */
public record PhoneCredential(String extension, String password, Instant expiresAt) {

    public PhoneCredential {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PhoneCredential[extension=" + extension + ", expiresAt=" + expiresAt + "]";
    }
}
