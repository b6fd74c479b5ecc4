package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Test data and measurements for the sound library: WAV files made here, uploaded and downloaded as bytes. */
public final class Sounds {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Sounds() {
    }

    /** A sound name no other test of this run uses. */
    static String freshName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** A 16-bit stereo PCM WAV of a sine at half scale. */
    public static byte[] sineWav(double frequency, int rate, double seconds) {
        int frames = (int) (rate * seconds);
        ByteBuffer b = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            short v = (short) Math.round(0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * frequency * i / rate));
            b.putShort(v).putShort(v);
        }
        AudioFormat format = new AudioFormat(rate, 16, 2, true, false);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), format, frames),
                    AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a downloaded WAV holds: its format and its samples as floats (first channel). */
    public record Heard(AudioFormat format, float[] samples) {

        public static Heard of(byte[] wav) {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
                AudioFormat f = in.getFormat();
                assertEquals(AudioFormat.Encoding.PCM_SIGNED, f.getEncoding(), "served as PCM");
                assertEquals(16, f.getSampleSizeInBits());
                ByteBuffer b = ByteBuffer.wrap(in.readAllBytes())
                        .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                float[] samples = new float[b.remaining() / f.getFrameSize()];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = b.getShort(i * f.getFrameSize()) / 32768f;
                }
                return new Heard(f, samples);
            } catch (UnsupportedAudioFileException e) {
                throw new AssertionError("not a WAV file", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double seconds() {
            return samples.length / format.getSampleRate();
        }

        /** The frequency of a pure tone, from its zero crossings. */
        double frequency() {
            int crossings = 0;
            for (int i = 1; i < samples.length; i++) {
                if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                    crossings++;
                }
            }
            return crossings / 2.0 / seconds();
        }

        double rms() {
            double sum = 0;
            for (float v : samples) {
                sum += v * v;
            }
            return Math.sqrt(sum / samples.length);
        }
    }

    /** {@code PUT /api/sounds/{name}} with a body of this content type, as admin. */
    static RestClient.Response upload(ParleyServer server, String name, String contentType, byte[] body) {
        return send(server, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/sounds/" + name))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** {@code GET /api/sounds/{name}} as admin: the status, its type, and the bytes. */
    public static Download download(ParleyServer server, String name) {
        HttpRequest request = authorized(server, HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/api/sounds/" + name)).GET()).build();
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, String contentType, byte[] body) {

        public Heard heard() {
            assertEquals(200, status, () -> "download: " + status + " " + new String(body, StandardCharsets.UTF_8));
            assertEquals("audio/wav", contentType.split(";")[0]);
            return Heard.of(body);
        }
    }

    private static RestClient.Response send(ParleyServer server, HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(authorized(server, b).build(), HttpResponse.BodyHandlers.ofString());
            return new RestClient.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder authorized(ParleyServer server, HttpRequest.Builder b) {
        return b.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + server.adminPassword()).getBytes(StandardCharsets.UTF_8)));
    }
}
