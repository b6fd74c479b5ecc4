package org.parley.web.security;

import java.time.Instant;
import java.util.Locale;
import org.parley.security.ApiTokenView;

/** An API token in the REST API: never carries its secret, except {@link #secret} in the answer that created it. */
public class ApiTokenDto {

    public long id;
    public String name;
    /** The first characters of the secret, to tell tokens apart. */
    public String prefix;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant revokedAt;
    public Instant lastUsedAt;
    /** {@code active}, {@code expired} or {@code revoked}. */
    public String status;
    /** The secret: only in the answer to its creation, never again. */
    public String secret;

    static ApiTokenDto of(ApiTokenView v) {
        ApiTokenDto d = new ApiTokenDto();
        d.id = v.id();
        d.name = v.name();
        d.prefix = v.prefix();
        d.createdAt = v.createdAt();
        d.expiresAt = v.expiresAt();
        d.revokedAt = v.revokedAt().orElse(null);
        d.lastUsedAt = v.lastUsedAt().orElse(null);
        d.status = v.status().name().toLowerCase(Locale.ROOT);
        return d;
    }
}
