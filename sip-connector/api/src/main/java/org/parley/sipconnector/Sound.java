package org.parley.sipconnector;

import java.util.Objects;

/**
 * A sound a media endpoint plays: 8 kHz mono G.711 µ-law samples, one byte per sample (160 bytes per 20 ms).
 *
 * @param name  what the sound is called (a prompt's or an upload's name), for logs and events
 * @param mulaw the samples; shared, not copied: nobody changes them after construction
 */
public record Sound(String name, byte[] mulaw) {

    /** Samples per second of every sound. */
    public static final int SAMPLE_RATE = 8000;

    public Sound {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mulaw, "mulaw");
    }

    /** Length in milliseconds. */
    public long durationMillis() {
        return mulaw.length * 1000L / SAMPLE_RATE;
    }
}
