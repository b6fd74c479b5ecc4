package org.parley.media;

import java.util.List;
import java.util.Optional;

/** Music classes in the database. */
public interface MusicClassRepository {

    Optional<MusicClass> find(String name);

    /** Every class, by name. */
    List<MusicClass> all();

    /** The names of the classes that play this sound. */
    List<String> playing(String soundName);

    void add(MusicClass musicClass);

    void remove(MusicClass musicClass);

    /** Puts {@code fresh} in the place of {@code old}, a class of the same name. */
    void replace(MusicClass old, MusicClass fresh);
}
