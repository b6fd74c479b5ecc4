package org.parley.sipconnector.media;

import java.util.List;

/**
 * Where a playback is in its list of sounds: hands out one 20 ms frame of µ-law per tick, the last frame of a sound
 * padded with silence, and starts over after the last sound when looping.
 */
final class Playback {

    static final int FRAME = 160;

    private final List<Sound> sounds;
    private final boolean loop;
    private final byte[] frame = new byte[FRAME];
    private int index;
    private int offset;

    Playback(List<Sound> sounds, boolean loop) {
        this.sounds = List.copyOf(sounds);
        this.loop = loop;
    }

    /** Fills the next frame; false when the playback is over (nothing filled). */
    boolean next() {
        while (index < sounds.size()) {
            byte[] samples = sounds.get(index).mulaw();
            int left = samples.length - offset;
            if (left > 0) {
                int n = Math.min(left, FRAME);
                System.arraycopy(samples, offset, frame, 0, n);
                if (n < FRAME) {
                    java.util.Arrays.fill(frame, n, FRAME, G711.ULAW_SILENCE);
                }
                offset += n;
                return true;
            }
            index++;
            offset = 0;
            if (index == sounds.size() && loop && totalLength() > 0) {
                index = 0;
            }
        }
        return false;
    }

    byte[] frame() {
        return frame;
    }

    private long totalLength() {
        long total = 0;
        for (Sound sound : sounds) {
            total += sound.mulaw().length;
        }
        return total;
    }
}
