package org.parley.sipconnector;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of an {@link OutboundRegistration}.
 *
 * @param key          the registration's key
 * @param registered   whether Parley is registered now
 * @param statusCode   the registrar's last final answer (200, 403 …), or 408/503 when it could not be reached
 * @param reasonPhrase its reason phrase
 * @param expiresAt    when the registration lapses unless refreshed, while registered
 */
public record RegistrationEvent(String key, boolean registered, int statusCode, String reasonPhrase,
        Optional<Instant> expiresAt) {

    public RegistrationEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
