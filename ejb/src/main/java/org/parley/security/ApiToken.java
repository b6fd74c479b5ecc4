package org.parley.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A token a console user created for the REST API: whoever presents its secret acts as that user, with that user's
 * present roles, until it expires or is revoked. Only the SHA-256 of the secret and its first characters are kept.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id", nullable = false)
    private ConsoleUser owner;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "secret_sha256", nullable = false, unique = true, length = 64)
    private String secretSha256;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(ConsoleUser owner, String name, TokenSecret secret, Instant now, Instant expiresAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a token name is 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a token expires after it is created");
        }
        this.name = name.strip();
        this.prefix = secret.prefix();
        this.secretSha256 = secret.sha256();
        this.createdAt = utc(now);
        this.expiresAt = utc(expiresAt);
    }

    /** Revokes the token; a revoked token stays revoked (revoking again changes nothing). */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = utc(now);
        }
    }

    /** Notes a use of the token. */
    public void usedAt(Instant now) {
        lastUsedAt = utc(now);
    }

    public ApiTokenStatus status(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt.toInstant()) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }

    /** Whether a request presenting this token at {@code now} acts as its owner. */
    public boolean accepts(Instant now) {
        return status(now) == ApiTokenStatus.ACTIVE && owner.enabled();
    }

    public Long id() {
        return id;
    }

    public ConsoleUser owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
