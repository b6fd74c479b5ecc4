package org.parley.sipconnector.media;

/**
 * Watches recorded audio for silence (Asterisk's {@code maxsilence}): each 20 ms frame whose mean absolute amplitude
 * stays under {@link #THRESHOLD} is silent; once the silent frames since the last sound reach the limit, silence is
 * reported, once. Counts samples, so it follows the audio received, not the wall clock. Keeps where the last sound
 * ended so that the trailing silence can be trimmed.
 */
final class SilenceDetector {

    /**
     * Mean absolute 16-bit amplitude under which a frame is silent: about −46 dBFS, above G.711's idle codes and
     * line noise, far below speech (Asterisk's {@code silencethreshold} plays the same part).
     */
    static final int THRESHOLD = 160;
    static final int SAMPLES_PER_SECOND = 8000;

    private final long limitSamples;
    private long samples;
    private long soundEnd;
    private boolean reported;

    /** @param limitSamples silent samples that end the recording; 0: never */
    SilenceDetector(long limitSamples) {
        this.limitSamples = limitSamples;
    }

    /** A detector that never reports. */
    static SilenceDetector off() {
        return new SilenceDetector(0);
    }

    /**
     * Takes one frame of the mean absolute amplitude {@code meanAmplitude} over {@code count} samples.
     *
     * @return true the first time the silence since the last sound reaches the limit
     */
    boolean frame(int meanAmplitude, int count) {
        samples += count;
        if (meanAmplitude >= THRESHOLD) {
            soundEnd = samples;
            return false;
        }
        if (limitSamples > 0 && !reported && samples - soundEnd >= limitSamples) {
            reported = true;
            return true;
        }
        return false;
    }

    /** Whether silence was reported. */
    boolean reported() {
        return reported;
    }

    /** Samples up to the end of the last frame with sound (0 when all was silent). */
    long soundEnd() {
        return soundEnd;
    }
}
