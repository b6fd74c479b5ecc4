package org.parley.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.media.MusicClassRepository;
import org.parley.media.SoundChanged;
import org.parley.media.SoundFiles;
import org.parley.media.SoundInUseException;
import org.parley.media.SoundInfo;
import org.parley.media.SoundKind;
import org.parley.media.SoundLibrary;
import org.parley.media.SoundNames;
import org.parley.media.SoundNotFoundException;
import org.parley.media.SoundSettings;
import org.parley.media.UploadedSound;
import org.parley.media.UploadedSoundRepository;
import org.parley.sipconnector.media.Sound;

/** Shipped sounds from the application, uploads from the database, both decoded once and kept in memory. */
@ApplicationScoped
@Transactional
public class DefaultSoundLibrary implements SoundLibrary {

    private static final Logger LOG = Logger.getLogger(DefaultSoundLibrary.class.getName());

    @Inject
    ShippedSounds shipped;

    @Inject
    UploadedSoundCache cache;

    @Inject
    UploadedSoundRepository uploads;

    @Inject
    MusicClassRepository classes;

    @Inject
    SoundSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<SoundChanged> changed;

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<Sound> sound(String name) {
        if (name == null || !SoundNames.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return upload(name).or(() -> shipped.find(name));
    }

    @Override
    public List<SoundInfo> list() {
        Map<String, Integer> uploaded = uploads.sampleCounts();
        TreeSet<String> names = new TreeSet<>(shipped.all().keySet());
        names.addAll(uploaded.keySet());
        List<SoundInfo> infos = new ArrayList<>(names.size());
        for (String name : names) {
            Integer samples = uploaded.get(name);
            infos.add(samples == null
                    ? info(name, SoundKind.SHIPPED, shipped.all().get(name).mulaw().length)
                    : info(name, shipped.find(name).isPresent() ? SoundKind.REPLACED : SoundKind.UPLOADED, samples));
        }
        return infos;
    }

    @Override
    public Optional<SoundInfo> info(String name) {
        return sound(name).map(s -> info(name, kind(name), s.mulaw().length));
    }

    @Override
    public SoundInfo upload(String name, byte[] file) {
        SoundNames.check("name", name);
        byte[] mulaw = SoundFiles.toMulaw(file, settings.maxSeconds());
        Optional<UploadedSound> existing = uploads.find(name);
        existing.ifPresentOrElse(s -> s.replace(mulaw, clock.instant()),
                () -> uploads.add(new UploadedSound(name, mulaw, clock.instant())));
        changed.fire(new SoundChanged(name));
        SoundKind kind = shipped.find(name).isPresent() ? SoundKind.REPLACED : SoundKind.UPLOADED;
        LOG.log(Level.INFO, "Sound {0} uploaded ({1}, {2} ms{3})", new Object[] {name, kind.apiName(),
            mulaw.length / 8, existing.isPresent() ? ", replacing the earlier upload" : ""});
        return info(name, kind, mulaw.length);
    }

    @Override
    public void delete(String name) {
        UploadedSound upload = uploads.find(name)
                .orElseThrow(() -> new SoundNotFoundException(shipped.find(name).isPresent()
                        ? "Sound " + name + " is shipped with Parley and has no upload to delete"
                        : "No sound " + name));
        boolean shippedBack = shipped.find(name).isPresent();
        if (!shippedBack) {
            List<String> playing = classes.playing(name);
            if (!playing.isEmpty()) {
                throw new SoundInUseException(name, playing);
            }
        }
        uploads.remove(upload);
        changed.fire(new SoundChanged(name));
        LOG.log(Level.INFO, "Sound {0} deleted{1}", new Object[] {name,
            shippedBack ? "; the shipped one plays again" : ""});
    }

    private Optional<Sound> upload(String name) {
        return cache.get(name, n -> uploads.find(n).map(s -> new Sound(n, s.mulaw())),
                shipped.find(name).isPresent());
    }

    private SoundKind kind(String name) {
        boolean isShipped = shipped.find(name).isPresent();
        if (upload(name).isEmpty()) {
            return SoundKind.SHIPPED;
        }
        return isShipped ? SoundKind.REPLACED : SoundKind.UPLOADED;
    }

    private static SoundInfo info(String name, SoundKind kind, long samples) {
        return new SoundInfo(name, kind, samples * 1000 / Sound.SAMPLE_RATE);
    }
}
