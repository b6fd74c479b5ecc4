package org.parley.security;

import java.time.Instant;
import java.util.Optional;

/**
 * An API token as its owner sees it in lists: never carries the secret.
 *
 * @param id         identifies the token for revoking it
 * @param name       what the owner called it
 * @param prefix     the first characters of the secret
 * @param createdAt  when it was created
 * @param expiresAt  when it stops being accepted
 * @param revokedAt  when it was revoked, if it was
 * @param lastUsedAt when it was last presented (to the minute), if ever
 * @param status     whether it is accepted now
 */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Optional<Instant> revokedAt, Optional<Instant> lastUsedAt, ApiTokenStatus status) {

    /** The view of a stored token at {@code now}. */
    public static ApiTokenView of(ApiToken token, Instant now) {
        return new ApiTokenView(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
                token.revokedAt(), token.lastUsedAt(), token.status(now));
    }
}
