package org.parley.media.internal;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.parley.media.MusicClass;
import org.parley.media.MusicClassRepository;
import org.parley.media.SoundChanged;
import org.parley.media.SoundSettings;
import org.parley.media.UploadedSound;
import org.parley.media.UploadedSoundRepository;

/** In-memory stand-ins for the sound library's collaborators, wired as CDI would. */
final class FakeMedia {

    final Map<String, UploadedSound> uploads = new TreeMap<>();
    final Map<String, MusicClass> classes = new TreeMap<>();
    final List<SoundChanged> changes = new ArrayList<>();
    final DefaultSoundLibrary library = new DefaultSoundLibrary();
    final DefaultMusicOnHold music = new DefaultMusicOnHold();
    /** Counts database reads of uploads. */
    int reads;

    FakeMedia() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        ShippedSounds shipped = new ShippedSounds();
        shipped.load();
        UploadedSoundCache cache = new UploadedSoundCache();
        library.shipped = shipped;
        library.cache = cache;
        library.uploads = new Uploads();
        library.classes = new Classes();
        library.settings = SoundSettings.of(300, 50);
        library.clock = clock;
        library.changed = new Changes(e -> {
            changes.add(e);
            cache.forget(e);
        });
        music.repository = library.classes;
        music.library = library;
        music.clock = clock;
        classes.put(MusicClass.DEFAULT, new MusicClass(MusicClass.DEFAULT, List.of("moh-default"),
                org.parley.media.PlayOrder.SEQUENTIAL, clock.instant()));
    }

    private final class Uploads implements UploadedSoundRepository {

        @Override
        public Optional<UploadedSound> find(String name) {
            reads++;
            return Optional.ofNullable(uploads.get(name));
        }

        @Override
        public Map<String, Integer> sampleCounts() {
            Map<String, Integer> counts = new TreeMap<>();
            uploads.forEach((n, s) -> counts.put(n, s.sampleCount()));
            return counts;
        }

        @Override
        public void add(UploadedSound sound) {
            uploads.put(sound.name(), sound);
        }

        @Override
        public void remove(UploadedSound sound) {
            uploads.remove(sound.name());
        }
    }

    private final class Classes implements MusicClassRepository {

        @Override
        public Optional<MusicClass> find(String name) {
            return Optional.ofNullable(classes.get(name));
        }

        @Override
        public List<MusicClass> all() {
            return List.copyOf(classes.values());
        }

        @Override
        public List<String> playing(String soundName) {
            return classes.values().stream().filter(c -> c.sounds().contains(soundName)).map(MusicClass::name)
                    .toList();
        }

        @Override
        public void add(MusicClass musicClass) {
            classes.put(musicClass.name(), musicClass);
        }

        @Override
        public void remove(MusicClass musicClass) {
            classes.remove(musicClass.name());
        }

        @Override
        public void replace(MusicClass old, MusicClass fresh) {
            classes.put(fresh.name(), fresh);
        }
    }

    /** Delivers each event at once (as if its transaction had just ended). */
    private record Changes(Consumer<SoundChanged> sink) implements Event<SoundChanged> {

        @Override
        public void fire(SoundChanged event) {
            sink.accept(event);
        }

        @Override
        public <U extends SoundChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SoundChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<SoundChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SoundChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SoundChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
