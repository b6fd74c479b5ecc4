package org.parley.e2e.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.test.support.Await;

/** What a baresip phone recorded of the audio it received ({@code snd_path}: {@code dump-…-dec.wav}). */
public final class Recordings {

    private Recordings() {
    }

    /** Waits until the phone's recording has grown by {@code seconds} of 16-bit 8 kHz audio. */
    public static void awaitMore(Path rec, int seconds) {
        long from = size(rec);
        Await.until(Duration.ofSeconds(seconds + 20), seconds + " s more recorded in " + rec,
                () -> size(rec) >= from + seconds * 16000L);
    }

    /** The recording's size in bytes (0 before it exists). */
    public static long size(Path rec) {
        return recording(rec).map(f -> f.toFile().length()).orElse(0L);
    }

    /** The recording of the decoded audio received, the largest if several. */
    public static Optional<Path> recording(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav"))
                    .max(Comparator.comparingLong(f -> f.toFile().length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The samples recorded so far, read past the 44-byte header (8 kHz mono 16-bit): a file still being written
     * has no final sizes in its header yet.
     */
    public static float[] samples(Path dir) {
        try {
            ByteBuffer pcm = ByteBuffer.wrap(Files.readAllBytes(recording(dir).orElseThrow()))
                    .order(ByteOrder.LITTLE_ENDIAN);
            float[] samples = new float[Math.max(0, (pcm.capacity() - 44) / 2)];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = pcm.getShort(44 + 2 * i) / 32768f;
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
