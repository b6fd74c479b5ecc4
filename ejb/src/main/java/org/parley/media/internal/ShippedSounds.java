package org.parley.media.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.media.SoundFiles;
import org.parley.sipconnector.media.Sound;

/**
 * The prompts and music shipped with Parley: the WAVs under {@code org/parley/media/shipped/} named by its
 * {@code index.txt}, decoded once at start (about 1 MB of µ-law in all).
 */
@ApplicationScoped
public class ShippedSounds {

    private static final Logger LOG = Logger.getLogger(ShippedSounds.class.getName());
    private static final String FOLDER = "/org/parley/media/shipped/";

    private Map<String, Sound> sounds;

    @PostConstruct
    void load() {
        Map<String, Sound> loaded = new TreeMap<>();
        for (String name : read("index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            byte[] wav = bytes(name + ".wav");
            loaded.put(name, new Sound(name, SoundFiles.toMulaw(wav, Integer.MAX_VALUE)));
        }
        sounds = Collections.unmodifiableMap(loaded);
        LOG.log(Level.INFO, "{0} shipped sounds loaded", sounds.size());
    }

    public Optional<Sound> find(String name) {
        return Optional.ofNullable(sounds.get(name));
    }

    /** Every shipped sound by name. */
    public Map<String, Sound> all() {
        return sounds;
    }

    private static String read(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String file) {
        try (InputStream in = ShippedSounds.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("shipped sound file missing from the application: " + FOLDER + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + FOLDER + file, e);
        }
    }
}
