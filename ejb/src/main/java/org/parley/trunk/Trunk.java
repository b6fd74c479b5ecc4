package org.parley.trunk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SIP trunk: a carrier's proxy Parley sends outside calls to and accepts calls from. Its password is kept only
 * sealed ({@link org.parley.platform.secret.SecretBox}): the carrier's digest challenges need it in clear, so it
 * cannot be hashed. A password exists only together with a username.
 */
@Entity
@Table(name = "trunk")
public class Trunk {

    /** Trunk names: lower-case letters, digits and dashes, 1 to 32. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,32}");

    private static final String SOURCE_SEPARATOR = " ";

    @Id
    @SequenceGenerator(name = "trunk_seq", sequenceName = "trunk_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trunk_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 32)
    private String name;

    @Column(name = "host", nullable = false, length = 253)
    private String host;

    @Column(name = "port", nullable = false)
    private int port;

    @Column(name = "transport", nullable = false, length = 8)
    private String transport;

    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "password_sealed", length = 512)
    private String passwordSealed;

    @Column(name = "caller_id_number", length = 16)
    private String callerIdNumber;

    @Column(name = "registration_enabled", nullable = false)
    private boolean register;

    @Column(name = "registration_expires", nullable = false)
    private int registerExpires;

    @Column(name = "allowed_sources", nullable = false, length = 2048)
    private String allowedSources;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Trunk() {
        // for JPA
    }

    /**
     * @param passwordSealed the sealed password, when the trunk has credentials
     */
    public Trunk(String name, TrunkSettings settings, Optional<String> passwordSealed, Instant now) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("trunk name must be 1 to 32 of a-z, 0-9, '-': " + name);
        }
        this.name = name;
        this.createdAt = utc(now);
        apply(settings, passwordSealed, now);
    }

    /**
     * Changes everything but the name. Without a username the password goes too.
     *
     * @param passwordSealed a new sealed password, or empty to keep the current one
     */
    public void reconfigure(TrunkSettings settings, Optional<String> passwordSealed, Instant now) {
        apply(settings, passwordSealed.or(() -> Optional.ofNullable(this.passwordSealed)), now);
    }

    private void apply(TrunkSettings settings, Optional<String> sealed, Instant now) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sealed, "passwordSealed");
        Optional<String> password = settings.username().isPresent() ? sealed : Optional.empty();
        if (settings.register() && password.isEmpty()) {
            throw new IllegalArgumentException("registering at the carrier needs a password");
        }
        this.host = settings.host();
        this.port = settings.port();
        this.transport = settings.transport();
        this.username = settings.username().orElse(null);
        this.passwordSealed = password.orElse(null);
        this.callerIdNumber = settings.callerIdNumber().orElse(null);
        this.register = settings.register();
        this.registerExpires = settings.registerExpires();
        this.allowedSources = String.join(SOURCE_SEPARATOR, settings.allowedSources());
        this.enabled = settings.enabled();
        this.updatedAt = utc(now);
    }

    public String name() {
        return name;
    }

    public TrunkSettings settings() {
        List<String> sources = allowedSources.isEmpty() ? List.of()
                : Arrays.asList(allowedSources.split(SOURCE_SEPARATOR));
        return new TrunkSettings(host, port, transport, Optional.ofNullable(username),
                Optional.ofNullable(callerIdNumber), register, registerExpires, sources, enabled);
    }

    /** The sealed password, when the trunk has one. */
    public Optional<String> passwordSealed() {
        return Optional.ofNullable(passwordSealed);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
