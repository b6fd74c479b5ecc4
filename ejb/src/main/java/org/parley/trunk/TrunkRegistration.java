package org.parley.trunk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state of Parley's registration at a trunk's carrier, as last reported.
 *
 * @param state      where it stands
 * @param statusCode the carrier's last final answer (200, 403 …), or 408/503 when it could not be reached
 * @param reason     that answer's reason phrase, or why the connector could not start it
 * @param since      when it entered this state
 */
public record TrunkRegistration(TrunkRegistrationState state, OptionalInt statusCode, Optional<String> reason,
        Instant since) {

    public TrunkRegistration {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
