package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.media.AudioMatch;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * The mailbox options of the phone menu ({@code 0} after {@code *97}/{@code *98}): a greeting recorded by phone
 * (baresip sending a 700 Hz tone) is what the next caller hears before the tone, and is served by
 * {@code /api/mailboxes/{number}/greeting}; a PIN changed by phone opens the box with {@code *98} and the old one no
 * longer does.
 */
@ExtendWith(SharedParleyServer.class)
class VoicemailOptionsIT {

    @Test
    void aGreetingRecordedByPhoneIsWhatTheNextCallerHears(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        RestClient.Response pin = server.admin().put("/api/mailboxes/" + bob,
                "{\"pin\":\"" + ListeningWithPinIT.PIN + "\"}");
        assertEquals(200, pin.status(), pin::toString);
        assertEquals(404, server.admin().getBytes("/api/mailboxes/" + bob + "/greeting", "audio/wav").status());

        Path greetings = server.dataDir().resolve("voicemail/greetings");
        try (Baresip phone = Baresip.start("vm-greeting-rec")) {
            Voicemails.source(phone, 700, 120, 0);
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.dialAnyBox(server, phone);
            Voicemails.type(phone, bob + "#" + ListeningWithPinIT.PIN + "#01");
            Await.until(Voicemails.CALL, "Parley recording 3 s of the greeting",
                    () -> Voicemails.longestRecording(greetings) >= 44 + 3 * 16_000L);
            Voicemails.type(phone, "#");
            Await.until(Voicemails.CALL, "the greeting stored", () -> server.admin()
                    .getBytes("/api/mailboxes/" + bob + "/greeting", "audio/wav").status() == 200);
            phone.command("hangup", "");
            phone.await("CALL_CLOSED");
        }
        RestClient.Binary stored = server.admin().getBytes("/api/mailboxes/" + bob + "/greeting", "audio/wav");
        assertEquals("audio/wav", stored.contentType().split(";")[0]);
        float[] greeting = Sounds.Heard.of(stored.body()).samples();
        assertTrue(greeting.length >= 3 * 8000, () -> "the greeting lasts " + greeting.length / 8000.0 + " s");
        float[] recordedTone = Arrays.copyOfRange(greeting, 8000, 8000 + 2000);
        double tone = AudioMatch.similarity(Sounds.Heard.of(Sounds.sineWav(700, 8000, 0.25)).samples(),
                recordedTone);
        assertTrue(tone >= 0.8, () -> "the greeting holds the phone's 700 Hz tone: " + tone);

        Path heard;
        try (Baresip caller = Baresip.start("vm-greeting-caller")) {
            caller.register(server, alice, "alice-password", "manual");
            caller.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            caller.await("CALL_ESTABLISHED");
            Path spool = Voicemails.spool(server);
            Await.until(Voicemails.CALL, "the greeting over: the message recorded",
                    () -> Voicemails.longestRecording(spool) > 44 + 8000);
            caller.command("hangup", "");
            caller.await("CALL_CLOSED");
            heard = caller.dir().resolve("rec");
        }
        float[] received = VoicemailDepositIT.received(heard);
        float[] early = Arrays.copyOf(received, Math.min(received.length, 8000 * 3));
        double same = AudioMatch.similarity(recordedTone, early);
        double prompt = AudioMatch.similarity(Sounds.download(server, "person-at-extension").heard().samples(),
                early);
        assertTrue(same >= 0.8 && prompt < 0.6,
                () -> "the caller heard the recorded greeting: " + same + " (the prompt: " + prompt + ")");

        assertEquals(204, server.admin().delete("/api/mailboxes/" + bob + "/greeting").status());
        assertEquals(404, server.admin().getBytes("/api/mailboxes/" + bob + "/greeting", "audio/wav").status());
    }

    @Test
    void aPinChangedByPhoneOpensTheBoxAndTheOldOneNoLonger(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = ListeningWithPinIT.boxWithOneMessage(server, alice);
        String oldHash = pinHash(server, bob);

        try (Baresip phone = Baresip.start("vm-pin-change")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.dialAnyBox(server, phone);
            Voicemails.type(phone, bob + "#" + ListeningWithPinIT.PIN + "#05" + "123#" + "13579#" + "13578#"
                    + "13579#13579#");
            Await.until(Voicemails.CALL, "the new PIN stored", () -> !pinHash(server, bob).equals(oldHash));
            phone.command("hangup", "");
            phone.await("CALL_CLOSED");
        }
        assertNotEquals(oldHash, pinHash(server, bob));

        try (Baresip phone = Baresip.start("vm-pin-old")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.dialAnyBox(server, phone);
            Voicemails.type(phone, bob + "#" + ListeningWithPinIT.PIN + "#13" + ListeningWithPinIT.PIN + "#"
                    + ListeningWithPinIT.PIN + "#");
            phone.await("CALL_CLOSED", Duration.ofSeconds(30), e -> e.type().equals("CALL_CLOSED"));
        }
        JsonArray messages = server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray();
        assertFalse(messages.getJsonObject(0).getBoolean("heard"), "the old PIN opened nothing: " + messages);

        try (EventStream events = EventStream.open(server); Baresip phone = Baresip.start("vm-pin-new")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.dialAnyBox(server, phone);
            Voicemails.type(phone, bob + "#13579#13");
            JsonObject saved = events.await("the message saved with the new PIN", Voicemails.CALL,
                    e -> e.name().equals("mailbox.changed") && e.json().getString("mailbox").equals(bob)).json();
            assertEquals(1, saved.getInt("oldMessages"), saved::toString);
            phone.command("hangup", "");
            phone.await("CALL_CLOSED");
        }
    }

    private static String pinHash(ParleyServer server, String box) {
        try (Connection c = server.database().connect();
                PreparedStatement q = c.prepareStatement("SELECT pin_hash FROM mailbox WHERE number = ?")) {
            q.setString(1, box);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? String.valueOf(r.getString(1)) : "";
            }
        } catch (SQLException e) {
            throw new AssertionError("reading the PIN's hash", e);
        }
    }
}
