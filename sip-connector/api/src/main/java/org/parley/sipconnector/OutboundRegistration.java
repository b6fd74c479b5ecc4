package org.parley.sipconnector;

import java.util.Objects;
import java.util.Optional;

/**
 * A registration Parley keeps at another registrar (a carrier's, for a trunk): the connector sends REGISTER, answers
 * challenges with {@link #auth()}, refreshes it before it lapses, retries after failures, and reports each change
 * as a {@link RegistrationEvent}.
 *
 * @param key       Parley's name for it (e.g. the trunk's), used to stop it
 * @param registrar Request-URI of the REGISTER, e.g. {@code sip:sip.carrier.example}
 * @param aor       the address of record registered, e.g. {@code sip:+33123456789@sip.carrier.example}
 * @param target    next hop, when not the registrar's host
 * @param expires   seconds asked for
 * @param auth      credentials for the registrar's challenges
 */
public record OutboundRegistration(String key, String registrar, String aor, Optional<SipTarget> target, int expires,
        Optional<SipAuth> auth) {

    public OutboundRegistration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(registrar, "registrar");
        Objects.requireNonNull(aor, "aor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(auth, "auth");
        if (expires < 1) {
            throw new IllegalArgumentException("expires must be at least 1 second");
        }
    }
}
