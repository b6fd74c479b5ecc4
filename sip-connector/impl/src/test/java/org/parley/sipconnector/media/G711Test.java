package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class G711Test {

    @Test
    void muLawMatchesTheItuTable() {
        assertEquals((byte) 0xFF, G711.linearToUlaw(0));
        assertEquals(0, G711.ulawToLinear((byte) 0xFF));
        assertEquals(-32124, G711.ulawToLinear((byte) 0x00));
        assertEquals(32124, G711.ulawToLinear((byte) 0x80));
        assertEquals((byte) 0x80, G711.linearToUlaw(32767));
        assertEquals((byte) 0x00, G711.linearToUlaw(-32768));
        assertEquals(-8, G711.ulawToLinear((byte) 0x7E));
    }

    @Test
    void aLawMatchesTheItuTable() {
        assertEquals((byte) 0xD5, G711.linearToAlaw(0));
        assertEquals(8, G711.alawToLinear((byte) 0xD5));
        assertEquals(-8, G711.alawToLinear((byte) 0x55));
        assertEquals(32256, G711.alawToLinear((byte) 0xAA));
        assertEquals(-32256, G711.alawToLinear((byte) 0x2A));
        assertEquals((byte) 0xAA, G711.linearToAlaw(32767));
        assertEquals((byte) 0x2A, G711.linearToAlaw(-32768));
    }

    @Test
    void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            byte c = (byte) code;
            if (code != 0x7F) {
                // 0x7F and 0xFF are both zero in µ-law: 0 encodes as 0xFF
                assertEquals(c, G711.linearToUlaw(G711.ulawToLinear(c)), "µ-law " + code);
            }
            assertEquals(c, G711.linearToAlaw(G711.alawToLinear(c)), "A-law " + code);
        }
    }

    @Test
    void encodingIsMonotonicAndWithinTheQuantisationStep() {
        for (int sample = -32768; sample <= 32767; sample += 7) {
            int u = G711.ulawToLinear(G711.linearToUlaw(sample));
            int a = G711.alawToLinear(G711.linearToAlaw(sample));
            int step = Math.max(16, Math.abs(sample) / 16);
            assertTrue(Math.abs(u - sample) <= step + 132, "µ-law of " + sample + " is " + u);
            assertTrue(Math.abs(a - sample) <= step + 64, "A-law of " + sample + " is " + a);
        }
    }

    @Test
    void convertingBetweenLawsKeepsTheSampleValue() {
        byte[] ulaw = new byte[256];
        for (int i = 0; i < 256; i++) {
            ulaw[i] = (byte) i;
        }
        byte[] alaw = new byte[256];
        G711.convert(G711.PCMU, ulaw, 0, G711.PCMA, alaw, 0, 256);
        for (int i = 0; i < 256; i++) {
            int before = G711.ulawToLinear(ulaw[i]);
            int after = G711.alawToLinear(alaw[i]);
            assertTrue(Math.abs(before - after) <= Math.max(16, Math.abs(before) / 16), i + ": " + before + " → "
                    + after);
        }
        byte[] same = new byte[256];
        G711.convert(G711.PCMU, ulaw, 0, G711.PCMU, same, 0, 256);
        assertArrayEquals(ulaw, same);
    }
}
