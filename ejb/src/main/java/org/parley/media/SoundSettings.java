package org.parley.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits of the sound library (MicroProfile Config; each key also read from the environment). */
@ApplicationScoped
public class SoundSettings {

    @Inject
    @ConfigProperty(name = "PARLEY_SOUND_MAX_SECONDS", defaultValue = "300")
    int maxSeconds;

    @Inject
    @ConfigProperty(name = "PARLEY_SOUND_MAX_UPLOAD_MB", defaultValue = "50")
    int maxUploadMegabytes;

    /** Settings with these values, without MicroProfile Config (tests). */
    public static SoundSettings of(int maxSeconds, int maxUploadMegabytes) {
        SoundSettings settings = new SoundSettings();
        settings.maxSeconds = maxSeconds;
        settings.maxUploadMegabytes = maxUploadMegabytes;
        return settings;
    }

    /** The longest sound an upload may hold. */
    public int maxSeconds() {
        return maxSeconds;
    }

    /** The largest upload read, in bytes. */
    public long maxUploadBytes() {
        return maxUploadMegabytes * 1024L * 1024L;
    }
}
