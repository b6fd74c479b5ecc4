package org.parley.directory;

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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.parley.dialplan.NumberKind;

/**
 * An extension: a number people dial inside the company, a display name, and the SIP credentials its phones
 * register with. The password itself is never kept, only its digest hashes ({@link SipSecret}).
 */
@Entity
@Table(name = "extension")
public class Extension {

    /** Extension numbers: 2 to 10 digits. */
    public static final Pattern NUMBER = Pattern.compile("[0-9]{2,10}");
    /** Ring time when none is given, seconds. */
    public static final int DEFAULT_RING_SECONDS = 30;
    public static final int MIN_RING_SECONDS = 5;
    public static final int MAX_RING_SECONDS = 300;

    @Id
    @SequenceGenerator(name = "extension_seq", sequenceName = "extension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_seq")
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 32)
    private String number;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "sip_realm", nullable = false)
    private String sipRealm;

    @Column(name = "sip_ha1_md5", nullable = false, length = 32)
    private String sipHa1Md5;

    @Column(name = "sip_ha1_sha256", nullable = false, length = 64)
    private String sipHa1Sha256;

    @Column(name = "ring_seconds", nullable = false)
    private int ringSeconds = DEFAULT_RING_SECONDS;

    @Column(name = "outbound_class", nullable = false, length = 100)
    private String outboundClass = joined(NumberKind.DEFAULT_CLASS);

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Extension() {
        // for JPA
    }

    public Extension(String number, String displayName, SipSecret secret, Instant now) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("extension number must be 2 to 10 digits: " + number);
        }
        this.number = number;
        rename(displayName, now);
        changeSecret(secret, now);
        this.createdAt = utc(now);
    }

    public void rename(String newDisplayName, Instant now) {
        if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.length() > 100) {
            throw new IllegalArgumentException("display name must be 1 to 100 characters");
        }
        this.displayName = newDisplayName.strip();
        this.updatedAt = utc(now);
    }

    /** How long calls to this extension ring before they give up. */
    public void changeRingTime(int seconds, Instant now) {
        if (seconds < MIN_RING_SECONDS || seconds > MAX_RING_SECONDS) {
            throw new IllegalArgumentException("ring time must be " + MIN_RING_SECONDS + " to " + MAX_RING_SECONDS
                    + " seconds");
        }
        this.ringSeconds = seconds;
        this.updatedAt = utc(now);
    }

    /**
     * The kinds of numbers it may call directly (its outbound calling class); emergency numbers are always allowed
     * and are not named.
     */
    public void changeOutboundClass(Set<NumberKind> kinds, Instant now) {
        if (kinds.contains(NumberKind.EMERGENCY)) {
            throw new IllegalArgumentException("emergency numbers are always allowed, not part of a class");
        }
        this.outboundClass = joined(kinds);
        this.updatedAt = utc(now);
    }

    public void changeSecret(SipSecret secret, Instant now) {
        Objects.requireNonNull(secret, "secret");
        this.sipRealm = secret.realm();
        this.sipHa1Md5 = secret.ha1Md5();
        this.sipHa1Sha256 = secret.ha1Sha256();
        this.updatedAt = utc(now);
    }

    public String number() {
        return number;
    }

    public String displayName() {
        return displayName;
    }

    public int ringSeconds() {
        return ringSeconds;
    }

    public Set<NumberKind> outboundClass() {
        return outboundClass.isEmpty() ? Set.of() : Arrays.stream(outboundClass.split(",")).map(NumberKind::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public SipSecret secret() {
        return new SipSecret(sipRealm, sipHa1Md5, sipHa1Sha256);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    private static String joined(Set<NumberKind> kinds) {
        return kinds.stream().sorted().map(NumberKind::name).collect(Collectors.joining(","));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
