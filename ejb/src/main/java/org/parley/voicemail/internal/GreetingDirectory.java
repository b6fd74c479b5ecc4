package org.parley.voicemail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.media.SoundChanged;
import org.parley.media.SoundLibrary;

/**
 * The boxes that have a recorded greeting, in memory, so that a caller's deposit never reads the database to learn
 * whether to play it (the sound library remembers uploads, not their absence). Loaded at start, changed after each
 * commit that stored or deleted a greeting.
 */
@ApplicationScoped
public class GreetingDirectory {

    /** The sound library's names of greetings: {@code voicemail-greeting-2002}. */
    static final String PREFIX = "voicemail-greeting-";

    @Inject
    SoundLibrary sounds;

    private final Set<String> boxes = ConcurrentHashMap.newKeySet();

    /** The sound of a box's greeting. */
    static String soundName(String box) {
        return PREFIX + box;
    }

    void load(Collection<String> soundNames) {
        boxes.clear();
        soundNames.stream().filter(n -> n.startsWith(PREFIX)).forEach(n -> boxes.add(n.substring(PREFIX.length())));
    }

    /** Whether the box's owner recorded a greeting. */
    boolean has(String box) {
        return boxes.contains(box);
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SoundChanged changed) {
        if (!changed.name().startsWith(PREFIX)) {
            return;
        }
        String box = changed.name().substring(PREFIX.length());
        if (sounds.info(changed.name()).isPresent()) {
            boxes.add(box);
        } else {
            boxes.remove(box);
        }
    }
}
