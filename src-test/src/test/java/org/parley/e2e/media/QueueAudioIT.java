package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Metrics;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * What a queue caller hears (docs/queues.md, "What a caller hears"): a real phone (baresip, recording what it
 * receives) calls a queue whose only agent is not connected; it hears the position prompt at once and every
 * {@code announceFrequency} seconds with the queue's music between (recording compared with the sounds served by
 * {@code /api/sounds}); then the agent connects, rings, answers, and each phone receives the other's tone through
 * Parley's relay; afterwards no media endpoint is left open. With {@code ringingMode} {@code ringback}, the caller
 * hears the ringback tone while the agent rings. Bad audio settings are refused field by field.
 */
@ExtendWith(SharedParleyServer.class)
class QueueAudioIT {

    /** At or above: the phone heard that sound itself (an exact G.711 replay measures near 1.0). */
    private static final double SAME = 0.8;
    /** By at least this much less: another sound. */
    private static final double MARGIN = 0.2;
    private static final int RATE = 8000;
    private static final int FREQUENCY = 9;
    private static final String GAUGE = "parley_media_endpoints_open";

    @Test
    void aWaitingCallerHearsMusicAndTheirPositionThenTalksWithTheAgent(ParleyServer server) {
        String caller = Extensions.create(server, "caller-password");
        String agent = Extensions.create(server, "agent-password");
        long queue = createQueue(server, agent, ",\"announceFrequency\":" + FREQUENCY
                + ",\"announceHoldTime\":false");
        String number = server.admin().get("/api/queues/" + queue).json().getString("extension");
        float[] heardByCaller;
        float[] heardByAgent;
        try (Baresip callerPhone = Baresip.start("queue-caller"); Baresip agentPhone = Baresip.start("queue-agent")) {
            callerPhone.register(server, caller, "caller-password", "manual");
            agentPhone.register(server, agent, "agent-password", "manual");
            callerPhone.command("dial", "sip:" + number + "@" + server.sipHost() + ":" + server.sipPort());
            callerPhone.await("CALL_RTPESTAB");
            awaitWaiting(server, queue);
            Await.until(Duration.ofSeconds(FREQUENCY + 15), "the caller hearing the queue for a while",
                    () -> recordingSeconds(callerPhone) > FREQUENCY + 5);

            connect(server, queue, agent);
            agentPhone.await("CALL_INCOMING");
            agentPhone.command("accept", "");
            callerPhone.await("CALL_ESTABLISHED");
            agentPhone.await("CALL_RTPESTAB");
            Await.until(Duration.ofSeconds(10), "the caller hearing the agent for two seconds",
                    () -> recordingSeconds(callerPhone) > FREQUENCY + 8);
            callerPhone.command("hangup", "");
            callerPhone.await("CALL_CLOSED");
            agentPhone.await("CALL_CLOSED");
            heardByCaller = recording(callerPhone);
            heardByAgent = recording(agentPhone);
        }

        float[] you = sound(server, "you-are-caller-number");
        float[] one = sound(server, "digit-1");
        float[] music = Arrays.copyOf(sound(server, "moh-default"), 2 * RATE);
        // at once: "you are caller number one" (Asterisk says the position on entering)
        float[] first = window(heardByCaller, 0, 4);
        assertHeard(you, first, "the position prompt on entering", music);
        assertHeard(one, first, "the position: one", sound(server, "digit-2"));
        // then the music of class default, from its start, until the next announcement
        assertHeard(music, window(heardByCaller, 2, FREQUENCY - 2.5), "the queue's music", you);
        // then the position again, announceFrequency seconds after the first
        // (the window holds the music's last second too: the other sound is one the queue does not play)
        assertHeard(you, window(heardByCaller, FREQUENCY - 1, 5), "the position again",
                sound(server, "estimated-wait-is"));
        // connected: each phone hears the other's tone (baresip sends a 440 Hz sine) through Parley's relay
        float[] tone = Sounds.Heard.of(Sounds.sineWav(440, RATE, 0.25)).samples();
        float[] end = window(heardByCaller, heardByCaller.length / (double) RATE - 1.5, 1.2);
        assertHeard(tone, end, "the agent's tone", music);
        assertHeard(tone, window(heardByAgent, 0.5, 1.2), "the caller's tone", music);
        Await.until(Duration.ofSeconds(20), GAUGE + " back to 0",
                () -> Metrics.gauge(server, GAUGE).orElse(-1.0) == 0.0);
        server.admin().delete("/api/queues/" + queue);
    }

    @Test
    void ringbackWhileTheAgentRingsWhenTheQueueSaysSo(ParleyServer server) {
        String caller = Extensions.create(server, "caller-password");
        String agent = Extensions.create(server, "agent-password");
        long queue = createQueue(server, agent, ",\"ringingMode\":\"ringback\"");
        String number = server.admin().get("/api/queues/" + queue).json().getString("extension");
        float[] heard;
        try (Baresip callerPhone = Baresip.start("ringback-caller");
                Baresip agentPhone = Baresip.start("ringback-agent")) {
            callerPhone.register(server, caller, "caller-password", "manual");
            agentPhone.register(server, agent, "agent-password", "manual");
            callerPhone.command("dial", "sip:" + number + "@" + server.sipHost() + ":" + server.sipPort());
            callerPhone.await("CALL_RTPESTAB");
            awaitWaiting(server, queue);
            Await.until(Duration.ofSeconds(15), "the caller hearing the queue for a while",
                    () -> recordingSeconds(callerPhone) > 3.5);
            connect(server, queue, agent);
            agentPhone.await("CALL_INCOMING");
            double rang = recordingSeconds(callerPhone);
            Await.until(Duration.ofSeconds(10), "three seconds of the agent ringing",
                    () -> recordingSeconds(callerPhone) > rang + 3);
            callerPhone.command("hangup", "");
            callerPhone.await("CALL_CLOSED");
            agentPhone.await("CALL_CLOSED");
            heard = recording(callerPhone);
        }
        float[] music = Arrays.copyOf(sound(server, "moh-default"), 2 * RATE);
        float[] ringback = Arrays.copyOf(sound(server, "ringback"), RATE);
        assertHeard(music, window(heard, 0, 3), "the music while nobody rings", ringback);
        assertHeard(ringback, window(heard, heard.length / (double) RATE - 3.5, 3), "ringback while the agent rings",
                music);
        Await.until(Duration.ofSeconds(20), GAUGE + " back to 0",
                () -> Metrics.gauge(server, GAUGE).orElse(-1.0) == 0.0);
        server.admin().delete("/api/queues/" + queue);
    }

    @Test
    void audioSettingsAreStoredAndBadOnesRefusedFieldByField(ParleyServer server) {
        RestClient api = server.admin();
        String number = Extensions.freshNumber();
        RestClient.Response bad = api.post("/api/queues", "{\"name\":\"Audio " + number + "\",\"extension\":\""
                + number + "\",\"musicClass\":\"no-such-class\",\"announcement\":\"no-such-sound\","
                + "\"announceFrequency\":-1,\"ringingMode\":\"silence\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("application/problem+json", bad.contentType().split(";")[0], bad::toString);
        assertEquals(List.of("announceFrequency", "announcement", "musicClass", "ringingMode"),
                bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field")).distinct().sorted().toList());

        RestClient.Response defaults = api.post("/api/queues", "{\"name\":\"Audio " + number
                + "\",\"extension\":\"" + number + "\"}");
        assertEquals(201, defaults.status(), defaults::toString);
        JsonObject d = defaults.json();
        assertEquals("default", d.getString("musicClass"));
        assertEquals(0, d.getInt("announceFrequency"));
        assertEquals("music", d.getString("ringingMode"));
        long id = d.getJsonNumber("id").longValue();
        RestClient.Response changed = api.put("/api/queues/" + id, "{\"name\":\"Audio " + number
                + "\",\"extension\":\"" + number + "\",\"announcement\":\"please-hold\",\"announcePosition\":false,"
                + "\"announceFrequency\":45,\"ringingMode\":\"ringback\"}");
        assertEquals(200, changed.status(), changed::toString);
        JsonObject c = api.get("/api/queues/" + id).json();
        assertEquals("please-hold", c.getString("announcement"));
        assertEquals(false, c.getBoolean("announcePosition"));
        assertEquals(true, c.getBoolean("announceHoldTime"));
        assertEquals(45, c.getInt("announceFrequency"));
        assertEquals("ringback", c.getString("ringingMode"));
        assertEquals(204, api.delete("/api/queues/" + id).status());
    }

    /** A queue whose only agent is dynamic and not connected: a caller waits. */
    private static long createQueue(ParleyServer server, String agent, String audio) {
        String number = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Audio " + number
                + "\",\"extension\":\"" + number + "\",\"dynamicAgents\":[\"" + agent + "\"],\"agentRingSeconds\":30"
                + audio + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static void connect(ParleyServer server, long queue, String agent) {
        RestClient.Response r = server.admin().post("/api/queues/" + queue + "/agents",
                "{\"extension\":\"" + agent + "\"}");
        assertEquals(200, r.status(), r::toString);
    }

    private static void awaitWaiting(ParleyServer server, long queue) {
        Await.until(Duration.ofSeconds(5), "the caller waiting in the queue", () -> server.admin()
                .get("/api/queues/" + queue + "/agents").json().getJsonArray("waiting").size() == 1);
    }

    private static float[] sound(ParleyServer server, String name) {
        return Sounds.download(server, name).heard().samples();
    }

    /** The samples from {@code from} seconds on, {@code seconds} long (cut at the recording's end). */
    private static float[] window(float[] samples, double from, double seconds) {
        int start = Math.max(0, (int) (from * RATE));
        int end = Math.min(samples.length, start + (int) (seconds * RATE));
        return Arrays.copyOfRange(samples, Math.min(start, end), end);
    }

    private static void assertHeard(float[] sound, float[] heard, String what, float[] other) {
        double same = AudioMatch.similarity(sound, heard);
        double different = AudioMatch.similarity(other, heard);
        assertTrue(same >= SAME, () -> "the phone heard " + what + ": similarity " + same);
        assertTrue(different < same - MARGIN, () -> "the phone heard " + what + " (similarity " + same
                + "), not another sound (" + different + ")");
    }

    /** How many seconds baresip's recording of what it received holds so far. */
    private static double recordingSeconds(Baresip phone) {
        return decoded(phone).map(f -> (f.toFile().length() - 44) / 2.0 / RATE).orElse(0.0);
    }

    /** What the phone received, decoded: baresip's {@code dump-…-dec.wav}. */
    private static float[] recording(Baresip phone) {
        Await.until(Duration.ofSeconds(10), "the phone's recording of what it received",
                () -> decoded(phone).isPresent());
        try {
            return Sounds.Heard.of(Files.readAllBytes(decoded(phone).orElseThrow())).samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> decoded(Baresip phone) {
        try (Stream<Path> files = Files.list(phone.dir().resolve("rec"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav"))
                    .filter(f -> f.toFile().length() > 44 + 1600).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
