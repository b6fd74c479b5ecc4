package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
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
}
