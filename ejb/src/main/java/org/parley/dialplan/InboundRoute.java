package org.parley.dialplan;

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
import java.util.regex.Pattern;

/** An inbound route: calls from a trunk to this DID (an E.164 number) ring this extension. */
@Entity
@Table(name = "inbound_route")
public class InboundRoute {

    /** A DID: E.164. */
    public static final Pattern DID = Pattern.compile("\\+[1-9][0-9]{1,14}");
    /** An extension number: 2 to 10 digits. */
    public static final Pattern EXTENSION = Pattern.compile("[0-9]{2,10}");

    @Id
    @SequenceGenerator(name = "inbound_route_seq", sequenceName = "inbound_route_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_route_seq")
    private Long id;

    @Column(name = "did", nullable = false, unique = true, length = 16)
    private String did;

    @Column(name = "extension_number", nullable = false, length = 32)
    private String extensionNumber;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected InboundRoute() {
        // for JPA
    }

    public InboundRoute(String did, String extension, Instant now) {
        if (did == null || !DID.matcher(did).matches()) {
            throw new IllegalArgumentException("a DID is an E.164 number: " + did);
        }
        this.did = did;
        this.createdAt = utc(now);
        ringExtension(extension, now);
    }

    public void ringExtension(String extension, Instant now) {
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("extension number must be 2 to 10 digits: " + extension);
        }
        this.extensionNumber = extension;
        this.updatedAt = utc(now);
    }

    public String did() {
        return did;
    }

    public String extension() {
        return extensionNumber;
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
