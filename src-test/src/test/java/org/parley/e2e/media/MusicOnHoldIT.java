package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Metrics;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * Music on hold between two real phones (baresip: each sends a 440 Hz tone from a file and records what it
 * receives): Alice calls Bob, Alice holds (baresip {@code hold}), Bob hears the default music class (his recording
 * compared with {@code /api/sounds/moh-default}), Alice resumes: Bob hears her tone again and Bob's RTCP reaches
 * Alice directly (no media endpoint is open any more). Only the held phone's recording is compared: baresip 1.0's
 * recording of what the calling phone receives stops after a second or two on this machine (its player stalls),
 * with or without a hold.
 */
@ExtendWith(SharedParleyServer.class)
class MusicOnHoldIT {

    /** At or above: the same waveform (an exact G.711 replay measures near 1.0). */
    private static final double SAME = 0.8;
    /** Two seconds of 8 kHz audio. */
    private static final int TWO_SECONDS = 16000;
    private static final String GAUGE = "parley_media_endpoints_open";

    @Test
    void theHeldPartyHearsTheMusicAndAfterTheResumeTheHolderAgain(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        float[] music = Arrays.copyOf(Sounds.download(server, "moh-default").heard().samples(), TWO_SECONDS);
        float[] tone = Sounds.Heard.of(Sounds.sineWav(440, 8000, 0.5)).samples();
        Path bobRec;
        try (Baresip alicePhone = Baresip.start("moh-alice"); Baresip bobPhone = Baresip.start("moh-bob")) {
            alicePhone.register(server, alice, "alice-password", "manual");
            bobPhone.register(server, bob, "bob-password", "manual");
            alicePhone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            bobPhone.await("CALL_INCOMING");
            bobPhone.command("accept", "");
            alicePhone.await("CALL_RTPESTAB");
            bobPhone.await("CALL_RTPESTAB");
            bobRec = bobPhone.dir().resolve("rec");
            Recordings.awaitMore(bobRec, 1);

            alicePhone.command("hold", "");
            bobPhone.await("Parley's offer (the music)", Baresip.WAIT, e -> e.type().equals("CALL_REMOTE_SDP"));
            Recordings.awaitMore(bobRec, 3);

            alicePhone.command("resume", "");
            bobPhone.await("Alice's offer again", Baresip.WAIT, e -> e.type().equals("CALL_REMOTE_SDP"));
            Recordings.awaitMore(bobRec, 2);
            awaitNoEndpoint(server);
            // Bob's RTCP reaches Alice directly now (baresip reports each compound packet it receives)
            long rtcpBefore = rtcpReports(alicePhone);
            Await.until(Duration.ofSeconds(20), "Bob's RTCP at Alice after the resume",
                    () -> rtcpReports(alicePhone) >= rtcpBefore + 2);

            alicePhone.command("hangup", "");
            alicePhone.await("CALL_CLOSED");
            bobPhone.await("CALL_CLOSED");
        }
        float[] bobHeard = recorded(bobRec);
        double heardMusic = AudioMatch.similarity(music, bobHeard);
        assertTrue(heardMusic >= SAME, () -> "Bob heard the music on hold: similarity " + heardMusic);
        double bobTone = AudioMatch.similarity(tone, tail(bobHeard));
        assertTrue(bobTone >= SAME, () -> "Bob hears Alice's tone after the resume: similarity " + bobTone);
        awaitNoEndpoint(server);
    }

    private static void awaitNoEndpoint(ParleyServer server) {
        Await.until(Duration.ofSeconds(10), GAUGE + " back to 0",
                () -> Metrics.gauge(server, GAUGE).orElse(-1.0) == 0.0);
    }

    private static long rtcpReports(Baresip phone) {
        return phone.events().stream().filter(e -> e.type().equals("CALL_RTCP")).count();
    }

    /** The last second before the hang-up, minus a quarter second the hang-up may cut. */
    private static float[] tail(float[] heard) {
        int end = Math.max(0, heard.length - 2000);
        return Arrays.copyOfRange(heard, Math.max(0, end - 8000), end);
    }

    private static float[] recorded(Path dir) {
        try {
            return Sounds.Heard.of(Files.readAllBytes(Recordings.recording(dir).orElseThrow())).samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
