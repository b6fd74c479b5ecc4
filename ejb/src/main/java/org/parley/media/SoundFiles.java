package org.parley.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.parley.platform.error.InvalidInputException;
import org.parley.sipconnector.media.Sound;

/**
 * Audio files in and out of the sound library. In: any WAV that {@code javax.sound.sampled} reads (PCM 8/16/24/32-bit,
 * 32/64-bit float, µ-law, A-law, WAVE_FORMAT_EXTENSIBLE; mono or several channels; any sample rate; AU and AIFF too)
 * becomes 8 kHz mono G.711 µ-law: channels averaged, rate converted by {@link Resampler}, encoded by the JDK's µ-law
 * codec. Out: 8 kHz 16-bit PCM WAV, which every browser's audio element plays.
 */
public final class SoundFiles {

    /** The input field a refused file is reported under. */
    public static final String FIELD = "body";

    private static final AudioFormat PCM_8K = new AudioFormat(Sound.SAMPLE_RATE, 16, 1, true, false);
    private static final AudioFormat MULAW_8K = new AudioFormat(Encoding.ULAW, Sound.SAMPLE_RATE, 8, 1, 1, Sound.SAMPLE_RATE,
            false);

    private SoundFiles() {
    }

    /**
     * Decodes an audio file into 8 kHz µ-law samples.
     *
     * @param file       the file's bytes
     * @param maxSeconds the longest sound accepted
     * @throws InvalidInputException naming {@link #FIELD} when the file is empty, not audio, silent of samples, or too
     *                               long
     */
    public static byte[] toMulaw(byte[] file, int maxSeconds) {
        if (file.length == 0) {
            throw new InvalidInputException(FIELD, "is empty: send a WAV file");
        }
        try (AudioInputStream in = open(file)) {
            AudioFormat format = in.getFormat();
            checkLength(in.getFrameLength(), format.getFrameRate(), maxSeconds);
            byte[] mulaw = isMulaw8k(format) ? in.readAllBytes() : encode(resample(mono(in), format, maxSeconds));
            if (mulaw.length == 0) {
                throw new InvalidInputException(FIELD, "holds no audio samples");
            }
            checkLength(mulaw.length, Sound.SAMPLE_RATE, maxSeconds);
            return mulaw;
        } catch (IOException e) {
            throw new InvalidInputException(FIELD, "is a damaged audio file: " + e.getMessage());
        }
    }

    /** A 16-bit PCM 8 kHz mono WAV file of µ-law samples. */
    public static byte[] toWav(byte[] mulaw) {
        AudioInputStream ulaw = new AudioInputStream(new ByteArrayInputStream(mulaw), MULAW_8K, mulaw.length);
        try (AudioInputStream pcm = AudioSystem.getAudioInputStream(PCM_8K, ulaw)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(44 + 2 * mulaw.length);
            AudioSystem.write(pcm, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a WAV file in memory", e);
        }
    }

    private static AudioInputStream open(byte[] file) throws IOException {
        try {
            return AudioSystem.getAudioInputStream(new ByteArrayInputStream(file));
        } catch (UnsupportedAudioFileException e) {
            throw new InvalidInputException(FIELD,
                    "is not a WAV file Parley can read (PCM, float, µ-law or A-law; mono or stereo)");
        }
    }

    private static boolean isMulaw8k(AudioFormat f) {
        return f.getEncoding().equals(Encoding.ULAW) && f.getChannels() == 1 && f.getSampleRate() == Sound.SAMPLE_RATE
                && f.getSampleSizeInBits() == 8;
    }

    private static void checkLength(long frames, float frameRate, int maxSeconds) {
        if (frames != AudioSystem.NOT_SPECIFIED && frameRate > 0 && frames > (long) maxSeconds * frameRate) {
            throw new InvalidInputException(FIELD, "lasts " + (long) Math.ceil(frames / frameRate)
                    + " s; sounds may last at most " + maxSeconds + " s");
        }
    }

    /** The samples as floats in [-1, 1], channels averaged. */
    private static float[] mono(AudioInputStream in) throws IOException {
        AudioFormat source = in.getFormat();
        AudioInputStream linear = in;
        if (source.getEncoding().equals(Encoding.ULAW) || source.getEncoding().equals(Encoding.ALAW)) {
            linear = convert(new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false), in);
        }
        int channels = source.getChannels();
        if (channels < 1) {
            throw new InvalidInputException(FIELD, "has no audio channel");
        }
        AudioFormat floats = new AudioFormat(Encoding.PCM_FLOAT, source.getSampleRate(), 32, channels, 4 * channels,
                source.getSampleRate(), false);
        byte[] bytes = convert(floats, linear).readAllBytes();
        FloatBuffer samples = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] mono = new float[samples.remaining() / channels];
        for (int i = 0; i < mono.length; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += samples.get();
            }
            mono[i] = sum / channels;
        }
        return mono;
    }

    private static AudioInputStream convert(AudioFormat target, AudioInputStream in) {
        try {
            return AudioSystem.getAudioInputStream(target, in);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, "uses an audio format Parley cannot convert: " + in.getFormat());
        }
    }

    private static float[] resample(float[] mono, AudioFormat format, int maxSeconds) {
        int rate = Math.round(format.getSampleRate());
        if (rate < 1) {
            throw new InvalidInputException(FIELD, "has no valid sample rate");
        }
        checkLength(mono.length, rate, maxSeconds);
        return new Resampler(rate, Sound.SAMPLE_RATE).convert(mono);
    }

    private static byte[] encode(float[] samples) throws IOException {
        ByteBuffer pcm = ByteBuffer.allocate(2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float s : samples) {
            pcm.putShort((short) Math.round(Math.max(-1f, Math.min(1f, s)) * Short.MAX_VALUE));
        }
        AudioInputStream linear = new AudioInputStream(new ByteArrayInputStream(pcm.array()), PCM_8K, samples.length);
        try (AudioInputStream ulaw = AudioSystem.getAudioInputStream(MULAW_8K, linear)) {
            return ulaw.readAllBytes();
        }
    }
}
