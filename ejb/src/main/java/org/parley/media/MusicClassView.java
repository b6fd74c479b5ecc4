package org.parley.media;

import java.util.List;
import java.util.Objects;

/**
 * A music class as lists show it.
 *
 * @param name   its name
 * @param sounds the names of its sounds, in its order
 * @param order  sequential or random
 */
public record MusicClassView(String name, List<String> sounds, PlayOrder order) {

    public MusicClassView {
        Objects.requireNonNull(name, "name");
        sounds = List.copyOf(sounds);
        Objects.requireNonNull(order, "order");
    }

    public static MusicClassView of(MusicClass c) {
        return new MusicClassView(c.name(), c.sounds(), c.order());
    }

    public boolean isDefault() {
        return MusicClass.DEFAULT.equals(name);
    }
}
