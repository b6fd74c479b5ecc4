package org.parley.media;

import java.util.Objects;

/**
 * A sound of the library as lists show it.
 *
 * @param name           its name
 * @param kind           shipped, uploaded, or an upload replacing a shipped sound
 * @param durationMillis how long it plays
 */
public record SoundInfo(String name, SoundKind kind, long durationMillis) {

    public SoundInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
