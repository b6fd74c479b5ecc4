package org.parley.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.parley.platform.error.InvalidInputException;

class SoundFilesTest {

    private static final int MAX_SECONDS = 60;

    @Test
    void aStereo44kSineBecomesAn8kMulawSineOfTheSameFrequency() throws IOException {
        byte[] wav = Signals.wav(Signals.sine(1000, 44_100, 2.0, 0.5), 44_100, 2, 16, Encoding.PCM_SIGNED);

        float[] heard = Signals.decodeMulaw(SoundFiles.toMulaw(wav, MAX_SECONDS));

        assertEquals(16_000, heard.length, 2, "2 s at 8 kHz");
        assertEquals(1000, Signals.zeroCrossingFrequency(heard, 8000), 5);
        // all the energy is at 1 kHz, at the level sent (a sine of amplitude 0.5 has an RMS of 0.354)
        assertEquals(0.354, Signals.rms(heard), 0.02);
        assertTrue(Signals.goertzelRms(heard, 8000, 1000) / Signals.rms(heard) > 0.99);
    }

    @Test
    void aToneAboveTheTelephoneBandIsFilteredOutNotFoldedBackIntoIt() throws IOException {
        // 5 kHz at 44.1 kHz: taking every 5.5th sample would fold it to 3 kHz at full level
        byte[] wav = Signals.wav(Signals.sine(5000, 44_100, 1.0, 0.5), 44_100, 1, 16, Encoding.PCM_SIGNED);

        float[] heard = Signals.decodeMulaw(SoundFiles.toMulaw(wav, MAX_SECONDS));

        assertTrue(Signals.rms(heard) < 0.01, "left after filtering: " + Signals.rms(heard));
    }

    @Test
    void everyCommonEncodingAndRateConvertsToTheSameTone() throws IOException {
        double[] sine = Signals.sine(440, 48_000, 1.0, 0.5);
        for (int bits : new int[] {8, 16, 24, 32}) {
            Encoding encoding = bits == 8 ? Encoding.PCM_UNSIGNED : Encoding.PCM_SIGNED;
            assertTone(Signals.wav(sine, 48_000, 1, bits, encoding), 440, "PCM " + bits + "-bit");
        }
        assertTone(Signals.wav(sine, 48_000, 2, 32, Encoding.PCM_FLOAT), 440, "float");
        double[] slow = Signals.sine(440, 11_025, 1.0, 0.5);
        assertTone(Signals.wav(slow, 11_025, 1, 8, Encoding.ULAW), 440, "µ-law 11 kHz");
        assertTone(Signals.wav(slow, 11_025, 2, 8, Encoding.ALAW), 440, "A-law 11 kHz stereo");
        double[] low = Signals.sine(440, 6000, 1.0, 0.5);
        assertTone(Signals.wav(low, 6000, 1, 16, Encoding.PCM_SIGNED), 440, "6 kHz (upsampled)");
    }

    @Test
    void an8kMulawFileIsKeptSampleForSample() throws IOException {
        byte[] wav = Signals.wav(Signals.sine(440, 8000, 0.5, 0.5), 8000, 1, 8, Encoding.ULAW);
        byte[] mulaw = SoundFiles.toMulaw(wav, MAX_SECONDS);

        assertArrayEquals(java.util.Arrays.copyOfRange(wav, wav.length - mulaw.length, wav.length), mulaw);
    }

    @Test
    void whatIsServedIsA16BitWavOfTheSameSound() throws Exception {
        byte[] mulaw = SoundFiles.toMulaw(
                Signals.wav(Signals.sine(700, 16_000, 1.0, 0.5), 16_000, 1, 16, Encoding.PCM_SIGNED), MAX_SECONDS);

        byte[] served = SoundFiles.toWav(mulaw);

        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(served))) {
            AudioFormat f = in.getFormat();
            assertEquals(Encoding.PCM_SIGNED, f.getEncoding());
            assertEquals(8000, f.getSampleRate());
            assertEquals(16, f.getSampleSizeInBits());
            assertEquals(mulaw.length, in.getFrameLength());
        }
        assertArrayEquals(mulaw, SoundFiles.toMulaw(served, MAX_SECONDS), "µ-law → PCM → µ-law is lossless");
    }

    @Test
    void aBodyThatIsNotAudioIsRefusedWithItsReason() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SoundFiles.toMulaw("<html>not a sound</html>".getBytes(StandardCharsets.UTF_8), MAX_SECONDS));
        assertEquals(SoundFiles.FIELD, e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("not a WAV file"), e.getMessage());
    }

    @Test
    void anEmptyBodyIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SoundFiles.toMulaw(new byte[0], MAX_SECONDS));
        assertTrue(e.errors().get(0).message().contains("empty"), e.getMessage());
    }

    @Test
    void aSoundLongerThanTheLimitIsRefused() throws IOException {
        byte[] wav = Signals.wav(Signals.sine(440, 8000, 3.0, 0.5), 8000, 1, 16, Encoding.PCM_SIGNED);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SoundFiles.toMulaw(wav, 2));
        assertTrue(e.errors().get(0).message().contains("at most 2 s"), e.getMessage());
    }

    @Test
    void aTruncatedWavHeaderIsRefused() throws IOException {
        byte[] wav = Signals.wav(Signals.sine(440, 8000, 1.0, 0.5), 8000, 1, 16, Encoding.PCM_SIGNED);
        byte[] header = java.util.Arrays.copyOf(wav, 20);
        assertThrows(InvalidInputException.class, () -> SoundFiles.toMulaw(header, MAX_SECONDS));
    }

    private static void assertTone(byte[] wav, double frequency, String what) {
        float[] heard = Signals.decodeMulaw(SoundFiles.toMulaw(wav, MAX_SECONDS));
        assertEquals(8000, heard.length, 2, what + ": 1 s at 8 kHz");
        assertEquals(frequency, Signals.zeroCrossingFrequency(heard, 8000), 5, what);
        assertEquals(0.354, Signals.rms(heard), 0.03, what);
    }

    /** Test signals and measurements. */
    static final class Signals {

        static double[] sine(double frequency, int rate, double seconds, double amplitude) {
            double[] s = new double[(int) (rate * seconds)];
            for (int i = 0; i < s.length; i++) {
                s[i] = amplitude * Math.sin(2 * Math.PI * frequency * i / rate);
            }
            return s;
        }

        /** A WAV file of the signal in every channel, written by the JDK. */
        static byte[] wav(double[] signal, int rate, int channels, int bits, Encoding encoding) throws IOException {
            AudioFormat pcm = new AudioFormat(Encoding.PCM_SIGNED, rate, 16, channels, 2 * channels, rate, false);
            ByteBuffer b = ByteBuffer.allocate(signal.length * 2 * channels).order(ByteOrder.LITTLE_ENDIAN);
            for (double v : signal) {
                for (int c = 0; c < channels; c++) {
                    b.putShort((short) Math.round(v * Short.MAX_VALUE));
                }
            }
            AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b.array()), pcm, signal.length);
            int frameSize = encoding == Encoding.ULAW || encoding == Encoding.ALAW ? channels : bits / 8 * channels;
            AudioFormat target = new AudioFormat(encoding, rate, bits, channels, frameSize, rate, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(AudioSystem.getAudioInputStream(target, in), AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        }

        static float[] decodeMulaw(byte[] mulaw) {
            float[] out = new float[mulaw.length];
            for (int i = 0; i < mulaw.length; i++) {
                int u = ~mulaw[i] & 0xff;
                int magnitude = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
                out[i] = ((u & 0x80) != 0 ? 0x84 - magnitude : magnitude - 0x84) / 32768f;
            }
            return out;
        }

        static double zeroCrossingFrequency(float[] s, int rate) {
            int crossings = 0;
            for (int i = 1; i < s.length; i++) {
                if ((s[i - 1] < 0) != (s[i] < 0)) {
                    crossings++;
                }
            }
            return crossings / 2.0 / ((double) s.length / rate);
        }

        static double rms(float[] s) {
            double sum = 0;
            for (float v : s) {
                sum += v * v;
            }
            return Math.sqrt(sum / s.length);
        }

        /** RMS of the signal's component at one frequency (Goertzel). */
        static double goertzelRms(float[] s, int rate, double frequency) {
            double w = 2 * Math.PI * frequency / rate;
            double coeff = 2 * Math.cos(w);
            double s1 = 0;
            double s2 = 0;
            for (float v : s) {
                double s0 = v + coeff * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
            return Math.sqrt(2 * power) / s.length;
        }
    }
}
