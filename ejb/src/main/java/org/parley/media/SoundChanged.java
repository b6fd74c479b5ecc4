package org.parley.media;

import java.util.Objects;

/** An upload of this name was stored or deleted (CDI event; the cache forgets the name when the transaction ends). */
public record SoundChanged(String name) {

    public SoundChanged {
        Objects.requireNonNull(name, "name");
    }
}
