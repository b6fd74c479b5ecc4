package org.parley.e2e.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.e2e.Metrics;
import org.parley.e2e.call.CallRecords;
import org.parley.e2e.media.AudioMatch;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * Press 1 to accept, with real phones: Bob forwards his calls to Carol's phone (baresip answering by itself, sending a
 * 440 Hz tone as its microphone, recording what it receives) with {@code confirmByKey}. Alice (baresip) calls Bob.
 * Carol's phone hears "press 1 to accept the call" (its recording compared with the prompt) while Alice still hears
 * ringing; {@code 1} connects them (each hears the other's tone through Parley's relay); {@code 2} or no key at all
 * (an answering machine: Carol's phone only plays its tone) hangs Carol's phone up and Alice leaves a message in the
 * company voicemail ({@code PARLEY_COMPANY_MAILBOX}, 7990 on the test server); Alice hanging up while Carol is prompted
 * leaves nothing ringing and the record ends.
 */
@ExtendWith(SharedParleyServer.class)
class PressOneToAcceptIT {

    private static final String COMPANY_BOX = "7990";
    private static final String PROMPT = "press-1-to-accept";
    private static final String ENDPOINTS_OPEN = "parley_media_endpoints_open";
    private static final Duration CALL = Duration.ofSeconds(60);
    /** At or above: the phone heard the sound itself (an exact G.711 replay measures near 1.0). */
    private static final double SAME = 0.8;

    /** Alice calls Bob, forwarded to Carol's phone that must press 1. */
    private record Parties(String alice, String bob, String carol) {
    }

    private static Parties parties(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        Forwardings.set(server, bob, "{\"unconditional\":{\"enabled\":true,\"target\":\"" + carol
                + "\",\"callerId\":\"ORIGINAL\",\"confirmByKey\":true}}");
        return new Parties(alice, bob, carol);
    }

    @Test
    void keyOneConnectsTheForwardedPhoneWithTheCaller(ParleyServer server) {
        Parties p = parties(server);
        float[] carolHeard;
        float[] aliceHeard;
        try (Baresip alice = Baresip.start("press1-alice"); Baresip carol = Baresip.start("press1-carol")) {
            alice.register(server, p.alice(), "alice-password", "manual");
            carol.register(server, p.carol(), "carol-password", "auto");
            dial(server, alice, p.bob());
            carol.await("CALL_ESTABLISHED");
            // the engine sends nothing once the prompt is over: the phone's recording holds the prompt and stops
            long prompt = promptSamples(server);
            // the whole prompt (within a few lost packets) before the key: a key pressed earlier cuts it short
            Await.until(CALL, "Carol's phone receiving the prompt", () -> receivedSamples(carol) >= prompt * 95 / 100);
            assertTrue(alice.seen("CALL_ESTABLISHED").isEmpty(), "Alice still hears ringing while Carol is prompted");

            carol.command("sndcode", "1");
            alice.await("CALL_ESTABLISHED");
            long before = receivedSamples(carol);
            Await.until(CALL, "two seconds of audio both ways", () -> receivedSamples(alice) >= 16_000
                    && receivedSamples(carol) >= before + 16_000);
            alice.command("hangup", "");
            alice.await("CALL_CLOSED");
            carol.await("CALL_CLOSED");
            carolHeard = received(carol);
            aliceHeard = received(alice);
        }
        float[] prompt = Sounds.download(server, PROMPT).heard().samples();
        float[] carolFirst = Arrays.copyOf(carolHeard, Math.min(carolHeard.length, prompt.length + 16_000));
        double heardPrompt = AudioMatch.similarity(prompt, carolFirst);
        assertTrue(heardPrompt >= SAME, () -> "Carol's phone heard the prompt: similarity " + heardPrompt);
        float[] tone = Sounds.Heard.of(Sounds.sineWav(440, 8000, 0.25)).samples();
        double carolHearsAlice = AudioMatch.similarity(tone, tail(carolHeard));
        double aliceHearsCarol = AudioMatch.similarity(tone, tail(aliceHeard));
        assertTrue(carolHearsAlice >= SAME, () -> "Carol hears Alice's tone: similarity " + carolHearsAlice);
        assertTrue(aliceHearsCarol >= SAME, () -> "Alice hears Carol's tone: similarity " + aliceHearsCarol);

        JsonObject record = CallRecords.awaitOne(server, p.alice());
        assertEquals("ANSWERED", record.getString("disposition"), record::toString);
        assertEquals(p.carol(), record.getString("answeredBy"), record::toString);
        assertEquals(List.of("FORWARD " + p.bob() + ">" + p.carol()), hops(record), record::toString);
        Await.until(Duration.ofSeconds(10), ENDPOINTS_OPEN + " back to 0",
                () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) == 0.0);
    }

    @Test
    void anotherKeySendsTheCallerToTheCompanyVoicemail(ParleyServer server) {
        Parties p = parties(server);
        companyBox(server);
        try (Baresip alice = Baresip.start("press2-alice"); Baresip carol = Baresip.start("press2-carol")) {
            alice.register(server, p.alice(), "alice-password", "manual");
            carol.register(server, p.carol(), "carol-password", "auto");
            dial(server, alice, p.bob());
            carol.await("CALL_ESTABLISHED");
            Await.until(CALL, "Carol's phone receiving the prompt", () -> receivedSamples(carol) >= 8_000);

            carol.command("sndcode", "2");
            carol.await("CALL_CLOSED");
            leaveMessage(server, alice);
        }
        assertMessageFrom(server, p.alice());
        JsonObject record = CallRecords.awaitOne(server, p.alice());
        assertEquals(List.of("FORWARD " + p.bob() + ">" + p.carol(), "VOICEMAIL " + p.bob() + ">" + COMPANY_BOX
                + " refused"), hopsWithReason(record), record::toString);
    }

    @Test
    void anAnsweringMachineThatPressesNothingIsHungUpAfterTenSeconds(ParleyServer server) {
        Parties p = parties(server);
        companyBox(server);
        Duration prompted;
        try (Baresip alice = Baresip.start("nokey-alice"); Baresip machine = Baresip.start("nokey-machine")) {
            alice.register(server, p.alice(), "alice-password", "manual");
            machine.register(server, p.carol(), "carol-password", "auto");
            dial(server, alice, p.bob());
            machine.await("CALL_ESTABLISHED");
            Instant answered = Instant.now();
            machine.await("the machine hung up", CALL, e -> e.type().equals("CALL_CLOSED"));
            prompted = Duration.between(answered, Instant.now());
            leaveMessage(server, alice);
        }
        Duration promptLength = Duration.ofMillis(promptSamples(server) / 8);
        Duration least = promptLength.plusSeconds(9);
        assertTrue(prompted.compareTo(least) >= 0 && prompted.compareTo(promptLength.plusSeconds(15)) <= 0,
                () -> "the machine is hung up 10 s after the prompt (" + promptLength + "): after " + prompted);
        assertMessageFrom(server, p.alice());
        JsonObject record = CallRecords.awaitOne(server, p.alice());
        assertEquals(List.of("FORWARD " + p.bob() + ">" + p.carol(), "VOICEMAIL " + p.bob() + ">" + COMPANY_BOX
                + " no-key"), hopsWithReason(record), record::toString);
    }

    @Test
    void theCallerHangingUpDuringTheConfirmationLeavesNothingRinging(ParleyServer server) {
        Parties p = parties(server);
        try (Baresip alice = Baresip.start("cancel-alice"); Baresip carol = Baresip.start("cancel-carol")) {
            alice.register(server, p.alice(), "alice-password", "manual");
            carol.register(server, p.carol(), "carol-password", "auto");
            dial(server, alice, p.bob());
            carol.await("CALL_ESTABLISHED");
            Await.until(CALL, "Carol's phone receiving the prompt", () -> receivedSamples(carol) >= 4_000);

            alice.command("hangup", "");
            alice.await("CALL_CLOSED");
            carol.await("CALL_CLOSED");
        }
        JsonObject record = CallRecords.awaitOne(server, p.alice());
        assertEquals("CANCELLED", record.getString("disposition"), record::toString);
        assertTrue(record.containsKey("end"), record::toString);
        assertTrue(record.getJsonArray("hops").size() == 1, record::toString);
        Await.until(Duration.ofSeconds(10), ENDPOINTS_OPEN + " back to 0",
                () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) == 0.0);
        JsonArray calls = server.admin().get("/api/calls").jsonArray();
        assertTrue(calls.getValuesAs(JsonObject.class).stream().noneMatch(c -> c.getJsonObject("caller")
                .getString("number").equals(p.alice())), calls::toString);
    }

    private static void dial(ParleyServer server, Baresip phone, String number) {
        phone.command("dial", "sip:" + number + "@" + server.sipHost() + ":" + server.sipPort());
    }

    /** The company voicemail of the test server ({@code PARLEY_COMPANY_MAILBOX}), created once for the run. */
    private static void companyBox(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/mailboxes", "{\"number\":\"" + COMPANY_BOX
                + "\",\"name\":\"Company\"}");
        assertTrue(r.status() == 201 || r.status() == 409, r::toString);
    }

    /** The caller is answered by the voicemail, speaks three seconds and hangs up. */
    private static void leaveMessage(ParleyServer server, Baresip caller) {
        caller.await("CALL_ESTABLISHED");
        Path spool = server.dataDir().resolve("voicemail/spool");
        Await.until(CALL, "Parley recording 3 s of the message", () -> longestRecording(spool) >= 44 + 3 * 16_000L);
        caller.command("hangup", "");
        caller.await("CALL_CLOSED");
    }

    private static void assertMessageFrom(ParleyServer server, String caller) {
        List<JsonObject> messages = Await.value(Duration.ofSeconds(20), "a message from " + caller + " in "
                + COMPANY_BOX, () -> server.admin().get("/api/mailboxes/" + COMPANY_BOX + "/messages").jsonArray()
                        .getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getString("callerNumber").equals(caller)).toList(), l -> l.size() == 1);
        assertTrue(messages.get(0).getInt("durationSeconds") >= 2, messages::toString);
    }

    private static List<String> hops(JsonObject record) {
        return record.getJsonArray("hops").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("type") + " " + h.getString("from") + ">" + h.getString("to")).toList();
    }

    private static List<String> hopsWithReason(JsonObject record) {
        return record.getJsonArray("hops").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("type") + " " + h.getString("from") + ">" + h.getString("to")
                        + (h.getString("type").equals("VOICEMAIL") ? " " + h.getString("reason") : "")).toList();
    }

    private static long promptSamples(ParleyServer server) {
        return Sounds.download(server, PROMPT).heard().samples().length;
    }

    private static float[] tail(float[] heard) {
        return Arrays.copyOfRange(heard, Math.max(0, heard.length - 8_000), heard.length);
    }

    /** Samples the phone has recorded so far of what it received ({@code dump-…-dec.wav}, 16-bit mono). */
    private static long receivedSamples(Baresip phone) {
        return decoded(phone).map(f -> Math.max(0, (f.toFile().length() - 44) / 2)).orElse(0L);
    }

    private static float[] received(Baresip phone) {
        Await.until(Duration.ofSeconds(10), "the phone's recording", () -> decoded(phone).isPresent());
        try {
            return Sounds.Heard.of(Files.readAllBytes(decoded(phone).orElseThrow())).samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> decoded(Baresip phone) {
        try (Stream<Path> files = Files.list(phone.dir().resolve("rec"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long longestRecording(Path spool) {
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
