package org.parley.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A sound an administrator uploaded, stored converted: 8 kHz mono µ-law samples. */
@Entity
@Table(name = "sound")
public class UploadedSound {

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Column(name = "mulaw", nullable = false)
    private byte[] mulaw;

    @Column(name = "sample_count", nullable = false)
    private int sampleCount;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected UploadedSound() {
        // JPA
    }

    public UploadedSound(String name, byte[] mulaw, Instant now) {
        this.name = SoundNames.check("name", name);
        replace(mulaw, now);
    }

    /** New samples under the same name. */
    public final void replace(byte[] samples, Instant now) {
        Objects.requireNonNull(samples, "samples");
        if (samples.length == 0) {
            throw new IllegalArgumentException("a sound has samples");
        }
        this.mulaw = samples;
        this.sampleCount = samples.length;
        this.uploadedAt = now.atOffset(ZoneOffset.UTC);
    }

    public String name() {
        return name;
    }

    public byte[] mulaw() {
        return mulaw;
    }

    public int sampleCount() {
        return sampleCount;
    }

    public Instant uploadedAt() {
        return uploadedAt.toInstant();
    }
}
