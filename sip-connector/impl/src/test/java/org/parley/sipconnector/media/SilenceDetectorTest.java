package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When silence ends a recording, and where the sound ended. */
class SilenceDetectorTest {

    private static final int FRAME = 160;
    private static final int LOUD = 4000;
    private static final int QUIET = 20;

    @Test
    void silenceIsReportedOnceWhenItReachesTheLimitAfterTheLastSound() {
        SilenceDetector d = new SilenceDetector(8000);
        for (int i = 0; i < 100; i++) {
            assertFalse(d.frame(LOUD, FRAME));
        }
        for (int i = 0; i < 49; i++) {
            assertFalse(d.frame(QUIET, FRAME), "frame " + i);
        }
        assertTrue(d.frame(QUIET, FRAME), "the 50th silent frame makes one second");
        assertFalse(d.frame(QUIET, FRAME), "reported once");
        assertTrue(d.reported());
        assertEquals(100 * FRAME, d.soundEnd());
    }

    @Test
    void soundRestartsTheCount() {
        SilenceDetector d = new SilenceDetector(8000);
        for (int i = 0; i < 40; i++) {
            assertFalse(d.frame(QUIET, FRAME));
        }
        assertFalse(d.frame(LOUD, FRAME));
        for (int i = 0; i < 49; i++) {
            assertFalse(d.frame(QUIET, FRAME));
        }
        assertTrue(d.frame(QUIET, FRAME));
        assertEquals(41 * FRAME, d.soundEnd());
    }

    @Test
    void theThresholdSeparatesLineNoiseFromSpeech() {
        SilenceDetector d = new SilenceDetector(FRAME);
        assertFalse(d.frame(SilenceDetector.THRESHOLD, FRAME), "at the threshold: sound");
        assertTrue(d.frame(SilenceDetector.THRESHOLD - 1, FRAME), "under it: silence");
    }

    @Test
    void aZeroLimitNeverReports() {
        SilenceDetector d = SilenceDetector.off();
        for (int i = 0; i < 10_000; i++) {
            assertFalse(d.frame(0, FRAME));
        }
        assertFalse(d.reported());
    }
}
