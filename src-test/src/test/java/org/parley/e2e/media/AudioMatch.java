package org.parley.e2e.media;

/**
 * Whether a phone heard a given sound: the normalised cross-correlation of the sound's samples with what the phone
 * recorded, at the best offset (the recording starts earlier or later than the sound, and may be cut at either end).
 * 1.0 is the same waveform (G.711 passes µ-law samples unchanged, so a played prompt comes out near 1); different
 * speech or music stays far below.
 */
public final class AudioMatch {

    private AudioMatch() {
    }

    /** The best normalised correlation of {@code reference} with {@code heard} over every offset. */
    public static double similarity(float[] reference, float[] heard) {
        int n = reference.length;
        double refEnergy = 0;
        for (float v : reference) {
            refEnergy += v * v;
        }
        if (refEnergy == 0 || heard.length == 0) {
            return 0;
        }
        double best = 0;
        // offsets from "the recording holds the sound's last quarter" to "its first quarter"
        for (int lag = -3 * n / 4; lag <= heard.length - n / 4; lag++) {
            double dot = 0;
            double heardEnergy = 0;
            int from = Math.max(0, -lag);
            int to = Math.min(n, heard.length - lag);
            for (int i = from; i < to; i++) {
                float h = heard[lag + i];
                dot += reference[i] * h;
                heardEnergy += h * h;
            }
            if (heardEnergy > 0) {
                best = Math.max(best, dot / Math.sqrt(refEnergy * heardEnergy));
            }
        }
        return best;
    }
}
