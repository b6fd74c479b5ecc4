package org.parley.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.media.DefaultMusicClassException;
import org.parley.media.MusicClass;
import org.parley.media.MusicClassInput;
import org.parley.media.MusicClassNotFoundException;
import org.parley.media.MusicClassRepository;
import org.parley.media.MusicClassView;
import org.parley.media.MusicOnHold;
import org.parley.media.PlayOrder;
import org.parley.media.SoundLibrary;
import org.parley.media.SoundNames;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;
import org.parley.sipconnector.Sound;

/** Music classes stored through {@link MusicClassRepository}, their sounds from the {@link SoundLibrary}. */
@ApplicationScoped
@Transactional
public class DefaultMusicOnHold implements MusicOnHold {

    private static final Logger LOG = Logger.getLogger(DefaultMusicOnHold.class.getName());
    /** Enough for an evening of music; a list beyond it is surely a mistake. */
    static final int MAX_SOUNDS = 100;

    @Inject
    MusicClassRepository repository;

    @Inject
    SoundLibrary library;

    @Inject
    Clock clock;

    @Override
    public List<Sound> playlist(String musicClass) {
        MusicClass c = repository.find(musicClass).orElseThrow(() -> new MusicClassNotFoundException(musicClass));
        List<Sound> sounds = new ArrayList<>(c.sounds().size());
        for (String name : c.sounds()) {
            library.sound(name).ifPresentOrElse(sounds::add, () -> LOG.log(Level.WARNING,
                    "Music class {0} names sound {1}, which no longer exists; skipped", new Object[] {c.name(), name}));
        }
        if (c.order() == PlayOrder.RANDOM) {
            Collections.shuffle(sounds, ThreadLocalRandom.current());
        }
        return sounds;
    }

    @Override
    public List<MusicClassView> classes() {
        return repository.all().stream().map(MusicClassView::of).toList();
    }

    @Override
    public Optional<MusicClassView> find(String name) {
        return repository.find(name).map(MusicClassView::of);
    }

    @Override
    public MusicClassView save(String name, MusicClassInput input) {
        SoundNames.check("name", name);
        PlayOrder order = order(input.getOrder());
        List<String> sounds = sounds(input.getSounds());
        Optional<MusicClass> existing = repository.find(name);
        MusicClass c = new MusicClass(name, sounds, order, clock.instant());
        if (existing.isPresent()) {
            repository.replace(existing.get(), c);
        } else {
            repository.add(c);
        }
        LOG.log(Level.INFO, "Music class {0} {1}: {2}, {3}", new Object[] {name,
            existing.isPresent() ? "changed" : "created", order.apiName(), String.join(" ", sounds)});
        return MusicClassView.of(c);
    }

    @Override
    public void delete(String name) {
        MusicClass c = repository.find(name).orElseThrow(() -> new MusicClassNotFoundException(name));
        if (c.isDefault()) {
            throw new DefaultMusicClassException();
        }
        repository.remove(c);
        LOG.log(Level.INFO, "Music class {0} deleted", name);
    }

    private static PlayOrder order(String order) {
        if (order == null || order.isBlank()) {
            return PlayOrder.SEQUENTIAL;
        }
        return PlayOrder.fromApiName(order)
                .orElseThrow(() -> new InvalidInputException("order", "must be sequential or random"));
    }

    private List<String> sounds(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("sounds", "name at least one sound");
        }
        if (names.size() > MAX_SOUNDS) {
            throw new InvalidInputException("sounds", "at most " + MAX_SOUNDS + " sounds");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || library.sound(name).isEmpty()) {
                errors.add(new FieldError("sounds[" + i + "]", "no sound " + name + " in the library"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(names);
    }
}
