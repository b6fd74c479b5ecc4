package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.call.CallRecords;
import org.parley.e2e.media.AudioMatch;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * Leaving a message: a real phone (baresip, sending a 440 Hz tone as its microphone and recording what it receives)
 * calls an extension that has no registered phone; its mailbox answers with the greeting ("the person at extension
 * … is not available, please leave a message after the tone", compared with the prompts), records the caller until
 * the hang-up, and the message is listed with its duration, downloadable as WAV holding the caller's tone, announced
 * as {@code mailbox.changed}, and the call's record shows the voicemail hop. A message under 2 s is not kept.
 */
@ExtendWith(SharedParleyServer.class)
class VoicemailDepositIT {

    private static final Duration CALL = Voicemails.CALL;

    @Test
    void anUnreachableExtensionsMailboxTakesTheMessage(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        Duration greeting = Voicemails.greetingLength(server, bob);

        Instant answered;
        Instant hungUp;
        Path heardByCaller;
        try (EventStream events = EventStream.open(server); Baresip phone = Baresip.start("vm-caller")) {
            phone.register(server, alice, "alice-password", "manual");
            phone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            phone.await("CALL_ESTABLISHED");
            answered = Instant.now();
            Path spool = Voicemails.spool(server);
            Await.until(CALL, "Parley recording 4 s of the message",
                    () -> Voicemails.longestRecording(spool) >= 44 + 4 * 16_000);
            hungUp = Instant.now();
            phone.command("hangup", "");
            phone.await("CALL_CLOSED");
            JsonObject changed = events.await("mailbox.changed of " + bob, CALL,
                    e -> e.name().equals("mailbox.changed") && e.json().getString("mailbox").equals(bob)).json();
            assertEquals(1, changed.getInt("newMessages"), changed::toString);
            assertEquals(0, changed.getInt("oldMessages"), changed::toString);
            heardByCaller = phone.dir().resolve("rec");
        }

        JsonArray messages = server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray();
        assertEquals(1, messages.size(), messages::toString);
        JsonObject message = messages.getJsonObject(0);
        assertEquals(alice, message.getString("callerNumber"));
        assertFalse(message.getBoolean("heard"));
        double expected = (Duration.between(answered, hungUp).toMillis() - greeting.toMillis()) / 1000.0;
        assertTrue(Math.abs(message.getInt("durationSeconds") - expected) <= 1.0,
                () -> "duration " + message + ", expected about " + expected + " s");

        RestClient.Binary wav = server.admin().getBytes("/api/mailboxes/" + bob + "/messages/"
                + message.getString("id"), "audio/wav");
        assertEquals(200, wav.status());
        assertEquals("audio/wav", wav.contentType().split(";")[0]);
        float[] recorded = Sounds.Heard.of(wav.body()).samples();
        assertTrue(Math.abs(recorded.length / 8000.0 - message.getInt("durationSeconds")) <= 1.0,
                () -> "the WAV lasts " + recorded.length / 8000.0 + " s");
        float[] tone = Sounds.Heard.of(Sounds.sineWav(440, 8000, 0.25)).samples();
        double same = AudioMatch.similarity(tone, Arrays.copyOf(recorded, Math.min(recorded.length, 8000)));
        assertTrue(same >= 0.8, () -> "the message holds the caller's 440 Hz tone: similarity " + same);

        float[] greetingHeard = received(heardByCaller);
        float[] person = Sounds.download(server, "person-at-extension").heard().samples();
        float[] early = Arrays.copyOf(greetingHeard, Math.min(greetingHeard.length, 8000 * 4));
        double heardPerson = AudioMatch.similarity(person, early);
        double heardOther = AudioMatch.similarity(Sounds.download(server, "forwarding-on").heard().samples(), early);
        assertTrue(heardPerson >= 0.8 && heardOther < heardPerson - 0.2,
                () -> "the caller heard the greeting: " + heardPerson + " (another prompt: " + heardOther + ")");

        JsonObject record = CallRecords.awaitOne(server, alice);
        JsonObject hop = record.getJsonArray("hops").getJsonObject(0);
        assertEquals("VOICEMAIL", hop.getString("type"), record::toString);
        assertEquals(bob, hop.getString("to"), record::toString);
        assertEquals("unavailable", hop.getString("reason"), record::toString);
    }

    @Test
    void aMessageShorterThanTwoSecondsIsNotKept(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        Path spool = Voicemails.spool(server);
        try (Baresip phone = Baresip.start("vm-short")) {
            phone.register(server, alice, "alice-password", "manual");
            phone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            phone.await("CALL_ESTABLISHED");
            Await.until(CALL, "Parley recording the message", () -> Voicemails.longestRecording(spool) > 44);
            phone.command("hangup", "");
            phone.await("CALL_CLOSED");
        }
        Await.until(Duration.ofSeconds(20), "the spool emptied", () -> Voicemails.longestRecording(spool) < 0);
        JsonArray messages = server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray();
        assertEquals(0, messages.size(), messages::toString);
        assertEquals(0, server.admin().get("/api/mailboxes/" + bob).json().getInt("newMessages"));
    }

    @Test
    void aSwitchedOffMailboxLeavesTheCallerAnUnavailableAnswer(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (Baresip phone = Baresip.start("vm-off")) {
            phone.register(server, alice, "alice-password", "manual");
            phone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            Baresip.Event closed = phone.await("CALL_CLOSED");
            assertTrue(closed.param().contains("480"), closed.json()::toString);
        }
        assertEquals(0, server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray().size());
    }

    /** What the phone received and decoded ({@code dump-…-dec.wav}). */
    static float[] received(Path dir) {
        Await.until(Duration.ofSeconds(10), "the phone's recording", () -> decoded(dir).isPresent());
        try {
            return Sounds.Heard.of(Files.readAllBytes(decoded(dir).orElseThrow())).samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> decoded(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav"))
                    .filter(f -> f.toFile().length() > 44 + 1600).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
