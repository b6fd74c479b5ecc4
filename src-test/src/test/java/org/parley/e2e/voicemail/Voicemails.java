package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Test steps of voicemail: switching a box on, a real phone leaving a message, Parley's spool. */
final class Voicemails {

    /** How long a call to a mailbox may take at most in a test. */
    static final Duration CALL = Duration.ofSeconds(60);

    private Voicemails() {
    }

    /** Switches the extension's box on (the test server has extension boxes off by default). */
    static void switchOn(ParleyServer server, String extension) {
        RestClient.Response on = server.admin().put("/api/mailboxes/" + extension, "{\"enabled\":true}");
        assertEquals(200, on.status(), on::toString);
        assertTrue(on.json().getBoolean("enabled"), on::toString);
    }

    /**
     * The phone (registered) calls {@code mailbox}'s extension, which nobody answers, and hangs up once Parley has
     * recorded {@code seconds} of its message.
     */
    static void leaveMessage(ParleyServer server, Baresip phone, String mailbox, int seconds) {
        phone.command("dial", "sip:" + mailbox + "@" + server.sipHost() + ":" + server.sipPort());
        phone.await("CALL_ESTABLISHED");
        Path spool = spool(server);
        Await.until(CALL, "Parley recording " + seconds + " s of the message",
                () -> longestRecording(spool) >= 44 + seconds * 16_000L);
        phone.command("hangup", "");
        phone.await("CALL_CLOSED");
    }

    static Path spool(ParleyServer server) {
        return server.dataDir().resolve("voicemail/spool");
    }

    /** The size of the largest recording in Parley's spool; -1 when there is none. */
    static long longestRecording(Path spool) {
        if (!Files.isDirectory(spool)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.toString().endsWith(".wav")).mapToLong(f -> f.toFile().length()).max()
                    .orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dials {@code *98} and waits for Parley's audio. */
    static void dialAnyBox(ParleyServer server, Baresip phone) {
        phone.command("dial", "sip:*98@" + server.sipHost() + ":" + server.sipPort());
        phone.await("CALL_ESTABLISHED");
        phone.await("CALL_RTPESTAB");
    }

    /** Types keys as RFC 4733 events. */
    static void type(Baresip phone, String keys) {
        keys.chars().forEach(k -> phone.command("sndcode", String.valueOf((char) k)));
    }

    /**
     * Replaces what the phone sends in its next call ({@code aufile} opens its file when a call's audio starts):
     * {@code toneSeconds} of a sine of {@code hertz}, then {@code silenceSeconds} of digital silence (8 kHz mono
     * 16-bit PCM).
     */
    static void source(Baresip phone, double hertz, double toneSeconds, double silenceSeconds) {
        int tone = (int) (8000 * toneSeconds);
        int samples = tone + (int) (8000 * silenceSeconds);
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort(i < tone ? (short) (8000 * Math.sin(2 * Math.PI * hertz * i / 8000.0)) : 0);
        }
        try {
            Files.write(phone.dir().resolve("tone.wav"), b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long an extension's prompt-built greeting lasts, tone included: its prompts as served by the API. */
    static Duration greetingLength(ParleyServer server, String extension) {
        List<String> prompts = new ArrayList<>(List.of("person-at-extension"));
        extension.chars().forEach(c -> prompts.add("digit-" + (char) c));
        prompts.addAll(List.of("is-not-available", "leave-message-after-tone", "tone"));
        long samples = prompts.stream().mapToLong(p -> Sounds.download(server, p).heard().samples().length).sum();
        return Duration.ofMillis(samples * 1000 / 8000);
    }
}
