package org.parley.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.parley.media.SoundChanged;
import org.parley.sipconnector.media.Sound;

/**
 * Uploaded sounds once read from the database, by name, and the shipped names known to have no upload (so that playing
 * a shipped prompt never reads the database; other absent names are not remembered, or any name asked for would fill
 * the memory). A name is forgotten
 * when a transaction that stored or deleted it ends ({@link SoundChanged}), so the next read sees the change.
 */
@ApplicationScoped
public class UploadedSoundCache {

    private final Map<String, Optional<Sound>> sounds = new ConcurrentHashMap<>();

    /**
     * The cached answer, or the loader's.
     *
     * @param rememberAbsence whether to remember that the name has no upload
     */
    public Optional<Sound> get(String name, Function<String, Optional<Sound>> loader, boolean rememberAbsence) {
        Optional<Sound> sound = sounds.computeIfAbsent(name, n -> {
            Optional<Sound> loaded = loader.apply(n);
            return loaded.isPresent() || rememberAbsence ? loaded : null;
        });
        return sound == null ? Optional.empty() : sound;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) SoundChanged changed) {
        sounds.remove(changed.name());
    }
}
