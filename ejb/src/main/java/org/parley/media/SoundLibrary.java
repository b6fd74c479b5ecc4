package org.parley.media;

import java.util.List;
import java.util.Optional;
import org.parley.sipconnector.media.Sound;

/**
 * Parley's sounds by name, ready to play: the prompts and music shipped with it ({@link Prompts}) and what
 * administrators upload (converted to 8 kHz µ-law on upload). An upload named like a shipped sound replaces it;
 * deleting the upload brings the shipped one back. Decoded sounds are cached in memory.
 */
public interface SoundLibrary {

    /** The sound to play under this name (an upload before a shipped sound of the same name). Cheap: cached. */
    Optional<Sound> sound(String name);

    /** Every sound, by name. */
    List<SoundInfo> list();

    Optional<SoundInfo> info(String name);

    /**
     * Stores an audio file under a name, converted to 8 kHz µ-law, replacing an earlier upload of that name.
     *
     * @throws org.parley.platform.error.InvalidInputException when the name is not one or the file is not audio, is
     *                                                         empty or too long
     */
    SoundInfo upload(String name, byte[] file);

    /**
     * Deletes an upload; a shipped sound of the same name plays again.
     *
     * @throws SoundNotFoundException when no upload has this name (shipped sounds cannot be deleted)
     * @throws SoundInUseException    when the sound would disappear while music classes play it
     */
    void delete(String name);
}
