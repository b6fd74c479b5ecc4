package org.parley.trunk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A trunk as shown to people and systems: whether it has a password, never the password.
 *
 * @param name            the trunk's name
 * @param settings        how it is reached and recognised
 * @param hasPassword     whether a password is stored
 * @param createdAt       when it was created
 * @param updatedAt       when it last changed
 */
public record TrunkDetails(String name, TrunkSettings settings, boolean hasPassword, Instant createdAt,
        Instant updatedAt) {

    public String host() {
        return settings.host();
    }

    public int port() {
        return settings.port();
    }

    public String transport() {
        return settings.transport();
    }

    public Optional<String> username() {
        return settings.username();
    }

    public Optional<String> callerIdNumber() {
        return settings.callerIdNumber();
    }

    public boolean register() {
        return settings.register();
    }

    public int registerExpires() {
        return settings.registerExpires();
    }

    public List<String> allowedSources() {
        return settings.allowedSources();
    }

    public boolean enabled() {
        return settings.enabled();
    }
}
