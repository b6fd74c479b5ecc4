package org.parley.media;

import java.util.Map;
import java.util.Optional;

/** Uploaded sounds in the database. */
public interface UploadedSoundRepository {

    Optional<UploadedSound> find(String name);

    /** Sample counts of every upload by name, without loading the samples. */
    Map<String, Integer> sampleCounts();

    void add(UploadedSound sound);

    void remove(UploadedSound sound);
}
