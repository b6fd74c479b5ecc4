package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * {@code PARLEY_VOICEMAIL_SILENCE_SECONDS} (10 s by default): a caller (baresip) who speaks (a tone) for about 3 s after
 * the greeting and then sends only silence is hung up on by Parley, and the message kept lasts about those 3 s, its
 * trailing silence trimmed.
 */
@ExtendWith(SharedParleyServer.class)
class SilenceEndsMessageIT {

    private static final int SPOKEN_SECONDS = 3;
    private static final int SILENCE_SECONDS = 10;

    @Test
    void tenSecondsOfSilenceEndTheMessageAndAreTrimmed(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        Duration greeting = Voicemails.greetingLength(server, bob);

        Instant answered;
        Instant closed;
        try (Baresip phone = Baresip.start("vm-silence")) {
            Voicemails.source(phone, 440, greeting.toMillis() / 1000.0 + SPOKEN_SECONDS, 60);
            phone.register(server, alice, "alice-password", "manual");
            phone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            phone.await("CALL_ESTABLISHED");
            answered = Instant.now();
            phone.await("CALL_CLOSED", Duration.ofSeconds(45), e -> e.type().equals("CALL_CLOSED"));
            closed = Instant.now();
        }
        long callSeconds = Duration.between(answered, closed).toSeconds();
        long expectedCall = greeting.toSeconds() + SPOKEN_SECONDS + SILENCE_SECONDS;
        assertTrue(Math.abs(callSeconds - expectedCall) <= 2,
                () -> "Parley hung up after " + callSeconds + " s, expected about " + expectedCall + " s");

        Await.until(Voicemails.CALL, "the message stored",
                () -> server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray().size() == 1);
        JsonArray messages = server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray();
        JsonObject message = messages.getJsonObject(0);
        assertTrue(Math.abs(message.getInt("durationSeconds") - SPOKEN_SECONDS) <= 1,
                () -> "the message keeps what was said, not the silence: " + message);
        byte[] wav = server.admin().getBytes("/api/mailboxes/" + bob + "/messages/" + message.getString("id"),
                "audio/wav").body();
        float[] samples = Sounds.Heard.of(wav).samples();
        float tail = 0;
        for (int i = Math.max(0, samples.length - 4000); i < samples.length; i++) {
            tail = Math.max(tail, Math.abs(samples[i]));
        }
        float lastHalfSecond = tail;
        assertTrue(samples.length / 8000.0 < SPOKEN_SECONDS + 1.5,
                () -> "trimmed: the WAV lasts " + samples.length / 8000.0 + " s");
        assertTrue(lastHalfSecond > 0.05, () -> "the tone reaches into the last half second: " + lastHalfSecond);
        assertEquals(1, messages.size());
    }
}
