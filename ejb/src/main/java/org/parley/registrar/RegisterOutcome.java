package org.parley.registrar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** How to answer one REGISTER; the SIP adapter turns it into a response. */
public sealed interface RegisterOutcome {

    /** 401 with one WWW-Authenticate header per challenge, in this order. */
    record Challenge(List<DigestChallenge> challenges) implements RegisterOutcome {
        public Challenge {
            challenges = List.copyOf(Objects.requireNonNull(challenges, "challenges"));
        }
    }

    /**
     * 200 OK listing every current contact of {@code aor} with {@code expires=}{@link Binding#secondsLeft
     * secondsLeft(now)} (RFC 3261 §10.3 step 8).
     */
    record Registered(String aor, AorBindings bindings, Instant now) implements RegisterOutcome {
        public Registered {
            Objects.requireNonNull(aor, "aor");
            Objects.requireNonNull(bindings, "bindings");
            Objects.requireNonNull(now, "now");
        }
    }

    /** Refused for {@code refusal}; nothing changed. */
    record Refused(Refusal refusal) implements RegisterOutcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** 423 Interval Too Brief with {@code Min-Expires: minExpires}; nothing changed. */
    record TooBrief(int minExpires) implements RegisterOutcome {
    }
}
