package org.parley.media;

import java.util.List;
import java.util.Optional;
import org.parley.sipconnector.media.Sound;

/** Music-on-hold classes: the shipped {@code default} and those administrators arrange from the sound library. */
public interface MusicOnHold {

    /**
     * The sounds a waiting party hears, in playing order: the class's order, or shuffled anew on each call for a
     * random class. The caller loops over the list.
     *
     * @throws MusicClassNotFoundException when no class has this name
     */
    List<Sound> playlist(String musicClass);

    /** Every class, by name. */
    List<MusicClassView> classes();

    Optional<MusicClassView> find(String name);

    /**
     * Creates or changes a class.
     *
     * @throws org.parley.platform.error.InvalidInputException naming the field: a bad name, no sounds, an unknown
     *                                                         sound (named), an unknown order
     */
    MusicClassView save(String name, MusicClassInput input);

    /**
     * Deletes a class.
     *
     * @throws MusicClassNotFoundException      when no class has this name
     * @throws DefaultMusicClassException  when it is {@code default}
     */
    void delete(String name);
}
