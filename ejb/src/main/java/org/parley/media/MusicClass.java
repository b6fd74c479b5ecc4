package org.parley.media;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A music-on-hold class: sounds, by name, played in order or shuffled, looping. Never empty. */
@Entity
@Table(name = "music_class")
public class MusicClass {

    /** The class shipped with Parley, played when no other is asked for. It can be changed, not deleted. */
    public static final String DEFAULT = "default";

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "play_order", nullable = false, length = 16)
    private PlayOrder order;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "music_class_sound", joinColumns = @JoinColumn(name = "class_name"))
    @OrderColumn(name = "position")
    @Column(name = "sound_name", nullable = false, length = 64)
    private List<String> sounds = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected MusicClass() {
        // JPA
    }

    public MusicClass(String name, List<String> sounds, PlayOrder order, Instant now) {
        this.name = SoundNames.check("name", name);
        arrange(sounds, order, now);
    }

    /** New sounds and order. */
    public final void arrange(List<String> newSounds, PlayOrder newOrder, Instant now) {
        Objects.requireNonNull(newOrder, "order");
        if (newSounds.isEmpty()) {
            throw new IllegalArgumentException("a music class plays at least one sound");
        }
        this.sounds.clear();
        this.sounds.addAll(newSounds);
        this.order = newOrder;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public String name() {
        return name;
    }

    public List<String> sounds() {
        return List.copyOf(sounds);
    }

    public PlayOrder order() {
        return order;
    }

    public boolean isDefault() {
        return DEFAULT.equals(name);
    }
}
