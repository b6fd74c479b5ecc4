package org.parley.registrar;

import java.util.List;
import java.util.Objects;

/** What {@link DigestAuthenticator#authenticate} decided. */
public sealed interface AuthResult {

    /** The request proved knowledge of {@code username}'s password. */
    record Authenticated(String username) implements AuthResult {
        public Authenticated {
            Objects.requireNonNull(username, "username");
        }
    }

    /** Answer 401 with these challenges, one {@code WWW-Authenticate} header each, in this order. */
    record Challenge(List<DigestChallenge> challenges) implements AuthResult {
        public Challenge {
            challenges = List.copyOf(Objects.requireNonNull(challenges, "challenges"));
            if (challenges.isEmpty()) {
                throw new IllegalArgumentException("a challenge needs at least one digest challenge");
            }
        }

        /** Whether the challenges say the previous nonce was only stale. */
        public boolean stale() {
            return challenges.get(0).stale();
        }
    }

    /** Refuse the request; do not challenge again. */
    record Refused(Refusal refusal) implements AuthResult {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
