package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/**
 * Feature codes speak: a real phone (baresip, recording what it receives) dials a code, Parley answers with its own
 * media, plays the prompt and hangs up; the recording is compared with the prompt served by {@code /api/sounds}.
 *
 * <p>A server of its own offering MD5 digest only (baresip 1.0.0 cannot answer a SHA-256 challenge, see
 * {@code BaresipCallIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeatureCodePromptsIT {

    /** At or above: the phone heard the prompt itself (measured near 1.0 for an exact G.711 replay). */
    private static final double SAME = 0.8;
    /**
     * By at least this much less: another prompt (different speech measures around 0.2-0.3; a prompt sharing words,
     * "agent logged in" heard against "agent logged out", around 0.65).
     */
    private static final double MARGIN = 0.2;

    private ParleyServer server;

    @BeforeAll
    void startServer() {
        server = ParleyServer.start("prompts", Map.of("PARLEY_SIP_DIGEST_ALGORITHMS", "MD5"));
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void forwardingCodesSayOnAndOff() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");

        assertHeard(dial(alice, "alice-password", "*72" + bob), "forwarding-on", "invalid-code");
        assertHeard(dial(alice, "alice-password", "*73"), "forwarding-off", "agent-logged-in");
    }

    @Test
    void anUnknownOrRefusedCodeSaysInvalidCode() {
        String alice = Extensions.create(server, "alice-password");

        assertHeard(dial(alice, "alice-password", "*8642"), "invalid-code", "forwarding-on");
        assertHeard(dial(alice, "alice-password", "*72+442079460958"), "invalid-code", "forwarding-on");
    }

    @Test
    void agentCodesSayLoggedInAndLoggedOut() {
        String agent = Extensions.create(server, "agent-password");
        String connect = "*" + Extensions.freshNumber();
        String disconnect = "*" + Extensions.freshNumber();
        String queue = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Queue " + queue
                + "\",\"extension\":\"" + queue + "\",\"dynamicAgents\":[\"" + agent + "\"],\"connectionNumber\":\""
                + connect + "\",\"disconnectionNumber\":\"" + disconnect + "\"}");
        assertEquals(201, created.status(), created::toString);

        assertHeard(dial(agent, "agent-password", connect), "agent-logged-in", "agent-logged-out");
        assertHeard(dial(agent, "agent-password", disconnect), "agent-logged-out", "invalid-code");
    }

    /**
     * A key pressed on a real phone (baresip {@code sndcode}: RFC 4733) while Parley plays to it reaches
     * {@code call.dtmf} with the call's id. The invalid-code prompt is replaced by an upload of ten seconds for the
     * while, which also shows an installation's sound taking a shipped prompt's place on a call.
     */
    @Test
    void aKeyPressedDuringThePromptIsAnnouncedWithItsCall() {
        String alice = Extensions.create(server, "alice-password");
        RestClient.Response replaced = Sounds.upload(server, "invalid-code", "audio/wav",
                Sounds.sineWav(600, 8000, 10));
        assertTrue(replaced.status() / 100 == 2, replaced::toString);
        try (EventStream events = EventStream.open(server); Baresip phone = Baresip.start("dtmf")) {
            phone.register(server, alice, "alice-password", "manual");
            phone.command("dial", "sip:*8643@" + server.sipHost() + ":" + server.sipPort());
            JsonObject answered = events.await("call.answered of alice's code call", Baresip.WAIT,
                    e -> e.name().equals("call.answered") && e.json().getJsonObject("call")
                            .getJsonObject("caller").getString("number").equals(alice)).json();
            phone.await("CALL_RTPESTAB");
            phone.command("sndcode", "7");

            JsonObject seven = events.await("call.dtmf 7", Baresip.WAIT,
                    e -> e.name().equals("call.dtmf") && e.json().getString("digit").equals("7")).json();
            assertEquals("RFC4733", seven.getString("method"));
            assertEquals(answered.getJsonObject("call").getString("id"), seven.getString("call"));
            phone.command("hangup", "");
            phone.await("CALL_CLOSED");
        } finally {
            assertEquals(204, server.admin().delete("/api/sounds/invalid-code").status(), "shipped prompt back");
        }
    }

    /** What a fresh phone of the extension heard when it dialled the code, until Parley hung up. */
    private float[] dial(String extension, String password, String code) {
        try (Baresip phone = Baresip.start("code")) {
            phone.register(server, extension, password, "manual");
            phone.command("dial", "sip:" + code + "@" + server.sipHost() + ":" + server.sipPort());
            phone.await("CALL_ESTABLISHED");
            phone.await("CALL_CLOSED");
            Path rec = phone.dir().resolve("rec");
            Await.until(Duration.ofSeconds(10), "the phone's recording of what it received",
                    () -> recording(rec).isPresent());
            Path received = recording(rec).orElseThrow();
            try {
                return Sounds.Heard.of(Files.readAllBytes(received)).samples();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** baresip's recording of the decoded audio it received ({@code dump-…-dec.wav}) once it holds samples. */
    private static Optional<Path> recording(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> dec = files.filter(f -> f.getFileName().toString().endsWith("-dec.wav")).toList();
            return dec.stream().filter(f -> f.toFile().length() > 44 + 1600).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertHeard(float[] heard, String prompt, String otherPrompt) {
        double same = AudioMatch.similarity(Sounds.download(server, prompt).heard().samples(), heard);
        double other = AudioMatch.similarity(Sounds.download(server, otherPrompt).heard().samples(), heard);
        assertTrue(same >= SAME, () -> "the phone heard " + prompt + ": similarity " + same);
        assertTrue(other < same - MARGIN, () -> "the phone heard " + prompt + " (similarity " + same + "), not "
                + otherPrompt + " (" + other + ")");
    }
}
