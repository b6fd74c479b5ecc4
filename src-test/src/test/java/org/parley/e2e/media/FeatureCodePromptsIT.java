package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.e2e.Extensions;
import org.parley.e2e.Metrics;
import org.parley.e2e.call.CallRecords;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Feature codes speak: a real phone (baresip, recording what it receives) dials a code, Parley answers with its own
 * media, plays the prompt and hangs up; the recording is compared with the prompt served by {@code /api/sounds}.
 *
 * <p>A server of its own offering MD5 digest only (baresip 1.0.0 cannot answer a SHA-256 challenge, see
 * {@code BaresipCallIT}), started with {@code PARLEY_MEDIA_ANCHOR=always}: the feature codes are answered with the
 * caller's anchored endpoint there, and calls between phones go through the engine (the tests at the end; with the
 * default {@code needed}, {@code SdpPassThroughIT} and {@code BaresipCallIT} show the phones' own SDP end to end).
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

    /** The engine's ports on this server: apart from the phones' (baresip takes its RTP ports in 20000-29999). */
    private static final int MEDIA_LOW = 31000;
    private static final int MEDIA_HIGH = 31999;
    private static final String ENDPOINTS_OPEN = "parley_media_endpoints_open";
    /** Short, for the timeout test; the phones of the other tests send RTP, or hang up well within it. */
    private static final Duration RTP_TIMEOUT = Duration.ofSeconds(3);
    /** A 600 Hz tone from alice's phone, 1,400 Hz from bob's: each must hear the other's. */
    private static final int ALICE_HZ = 600;
    private static final int BOB_HZ = 1400;

    private ParleyServer server;

    @BeforeAll
    void startServer() {
        server = ParleyServer.start("prompts", Map.of("PARLEY_SIP_DIGEST_ALGORITHMS", "MD5",
                "PARLEY_MEDIA_ANCHOR", "always", "PARLEY_MEDIA_PORTS", MEDIA_LOW + "-" + MEDIA_HIGH,
                "PARLEY_MEDIA_RTP_TIMEOUT", String.valueOf(RTP_TIMEOUT.toSeconds())));
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

    /**
     * {@code PARLEY_MEDIA_ANCHOR=always}: a call between two phones goes through Parley's engine. Each phone sees
     * Parley's SDP (not the other phone's), receives its RTP from Parley's ports, and hears what the other phone sends
     * (its recording compared with the other's tone); after the hang-up no endpoint is left open.
     */
    @Test
    void alwaysRelaysTheAudioOfACallBetweenTwoPhonesThroughTheEngine() throws IOException {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        float[] aliceTone = sine(ALICE_HZ, 0.25);
        float[] bobTone = sine(BOB_HZ, 0.25);
        float[] aliceHeard;
        float[] bobHeard;
        try (Baresip alicePhone = Baresip.start("anchor-alice"); Baresip bobPhone = Baresip.start("anchor-bob")) {
            Files.write(alicePhone.dir().resolve("tone.wav"), monoSineWav(ALICE_HZ, 60));
            Files.write(bobPhone.dir().resolve("tone.wav"), monoSineWav(BOB_HZ, 60));
            alicePhone.register(server, alice, "alice-password", "manual");
            bobPhone.register(server, bob, "bob-password", "auto");

            alicePhone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            alicePhone.await("CALL_RTPESTAB");
            bobPhone.await("CALL_RTPESTAB");
            Await.until(Duration.ofSeconds(20), "two seconds of audio received by both phones",
                    () -> receivedBytes(alicePhone) > 32_000 && receivedBytes(bobPhone) > 32_000);
            alicePhone.command("hangup", "");
            alicePhone.await("CALL_CLOSED");
            bobPhone.await("CALL_CLOSED");

            assertRtpFromParley(alicePhone);
            assertRtpFromParley(bobPhone);
            aliceHeard = heard(alicePhone);
            bobHeard = heard(bobPhone);
        }
        double bobHearsAlice = AudioMatch.similarity(aliceTone, bobHeard);
        double aliceHearsBob = AudioMatch.similarity(bobTone, aliceHeard);
        assertTrue(bobHearsAlice >= SAME, () -> "bob heard alice's tone: similarity " + bobHearsAlice);
        assertTrue(aliceHearsBob >= SAME, () -> "alice heard bob's tone: similarity " + aliceHearsBob);
        assertTrue(AudioMatch.similarity(bobTone, bobHeard) < bobHearsAlice - MARGIN, "bob does not hear himself");
        assertTrue(AudioMatch.similarity(aliceTone, aliceHeard) < aliceHearsBob - MARGIN,
                "alice does not hear herself");
        Await.until(Duration.ofSeconds(10), ENDPOINTS_OPEN + " back to 0",
                () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) == 0.0);
    }

    /** The SDP each phone receives is the engine's, with a port of Parley's range, in both directions. */
    @Test
    void alwaysGivesEachPhoneParleysSdpNotTheOthers() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password")) {
            SipPhone.Dialog caller = alicePhone.invite(bob).body(sdp("alice", 49170)).send();
            SipPhone.Dialog callee = bobPhone.awaitCall();
            assertParleys(callee.invite().body(), 49170);

            callee.respond(200, sdp("bob", 50000));
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertParleys(ok.body(), 50000);
            caller.ack();
            callee.awaitRequest("ACK");
            Await.until(Duration.ofSeconds(5), "two endpoints open for the call",
                    () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) >= 2.0);
            caller.bye();
            callee.awaitRequest("BYE");
        }
        Await.until(Duration.ofSeconds(10), ENDPOINTS_OPEN + " back to 0",
                () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) == 0.0);
    }

    /**
     * A late offer (INVITE without SDP) with {@code always}: bob is offered the engine's SDP, alice's 200 carries the
     * engine's offer, her answer comes in the ACK and stays with the engine (bob gets nothing more).
     */
    @Test
    void alwaysTakesALateOfferOnTheEngine() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password")) {
            SipPhone.Dialog caller = alicePhone.invite(bob).body("").send();
            SipPhone.Dialog callee = bobPhone.awaitCall();
            assertParleys(callee.invite().body(), -1);

            callee.respond(200, sdp("bob", 50000));
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertParleys(ok.body(), 50000);
            caller.ack(sdp("alice", 49170));
            SipMessageText ack = callee.awaitRequest("ACK");
            assertEquals("", ack.body(), "bob's ACK carries no SDP: alice's answer stays with the engine");
            caller.bye();
            callee.awaitRequest("BYE");
        }
        Await.until(Duration.ofSeconds(10), ENDPOINTS_OPEN + " back to 0",
                () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) == 0.0);
    }

    /**
     * {@code PARLEY_MEDIA_RTP_TIMEOUT}: two phones answer and neither sends RTP (their far ends vanished): Parley
     * hangs the call up with a BYE to each within the timeout, and records an answered call no device ended.
     */
    @Test
    void aCallWhosePhonesSendNoRtpIsHungUpByParley() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password")) {
            SipPhone.Dialog caller = alicePhone.invite(bob).body(sdp("alice", 49170)).send();
            SipPhone.Dialog callee = bobPhone.awaitCall();
            callee.respond(200, sdp("bob", 50000));
            assertEquals(200, caller.awaitFinal().status());
            caller.ack();
            callee.awaitRequest("ACK");
            long answered = System.nanoTime();

            Duration margin = RTP_TIMEOUT.plusSeconds(7);
            SipMessageText toBob = callee.awaitRequest("BYE", margin);
            Duration after = Duration.ofNanos(System.nanoTime() - answered);
            assertTrue(after.compareTo(RTP_TIMEOUT.minusSeconds(1)) >= 0, () -> "hung up after " + after
                    + ", not before the timeout");
            callee.respondTo(toBob, 200, null, null);
            SipMessageText toAlice = caller.awaitRequest("BYE", margin);
            caller.respondTo(toAlice, 200, null, null);

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("ANSWERED", cdr.getString("disposition"), cdr::toString);
            assertTrue(!cdr.containsKey("endedBy") || cdr.isNull("endedBy"), () -> "ended by Parley: " + cdr);
        }
        Await.until(Duration.ofSeconds(10), ENDPOINTS_OPEN + " back to 0",
                () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) == 0.0);
    }

    /**
     * A hold on an anchored call reuses the endpoints the parties have: the holder's re-INVITEs are answered by its
     * own endpoint (the same port of Parley's), the held party is not re-INVITEd and hears Parley's music from the
     * port it already talks to; after the resume the holder's RTP reaches the held party through the engine again.
     * The call stays anchored (two endpoints all along) and none is left open after it.
     */
    @Test
    void alwaysHoldsOnTheCallsOwnEndpointsAndStaysAnchored() throws IOException {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password");
                DatagramSocket aliceRtp = rtpSocket(); DatagramSocket bobRtp = rtpSocket()) {
            int alicePort = aliceRtp.getLocalPort();
            SipPhone.Dialog caller = alicePhone.invite(bob).body(sdp("alice", alicePort)).send();
            SipPhone.Dialog callee = bobPhone.awaitCall();
            callee.respond(200, sdp("bob", bobRtp.getLocalPort()));
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            caller.ack();
            callee.awaitRequest("ACK");
            int parleysPortForAlice = audioPort(ok.body());

            SipPhone.Sent hold = caller.send("INVITE", "application/sdp",
                    sdp("alice", alicePort).replace("a=sendrecv", "a=sendonly").replace(" 1 1 IN", " 1 2 IN"));
            SipMessageText held = hold.awaitFinal();
            assertEquals(200, held.status(), held::toString);
            caller.ack();
            assertParleys(held.body(), alicePort);
            assertTrue(held.body().contains("a=recvonly"), held::body);
            assertEquals(parleysPortForAlice, audioPort(held.body()), "alice's own endpoint answers her hold");
            byte[] music = receive(bobRtp, 5000).orElseThrow(() -> new AssertionError("bob hears no music"));
            assertEquals(12 + 160, music.length, "20 ms of G.711 from Parley");
            assertEquals(2.0, Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0), "no endpoint opened for the hold");

            SipPhone.Sent resume = caller.send("INVITE", "application/sdp",
                    sdp("alice", alicePort).replace(" 1 1 IN", " 1 3 IN"));
            SipMessageText resumed = resume.awaitFinal();
            assertEquals(200, resumed.status(), resumed::toString);
            caller.ack();
            assertParleys(resumed.body(), alicePort);
            assertTrue(resumed.body().contains("a=sendrecv"), resumed::body);
            assertEquals(parleysPortForAlice, audioPort(resumed.body()), "still alice's endpoint: the call stays anchored");
            assertTrue(bobPhone.poll(Duration.ofSeconds(1), m -> m.firstLine().startsWith("INVITE")).isEmpty(),
                    "bob was never re-INVITEd: hold and resume stayed on the engine");

            byte[] spoken = new byte[12 + 160];
            spoken[0] = (byte) 0x80;
            java.util.Arrays.fill(spoken, 12, spoken.length, (byte) 0x55);
            int[] seq = {0};
            Await.until(Duration.ofSeconds(10), "alice's RTP relayed to bob after the resume", () -> {
                spoken[3] = (byte) seq[0]++;
                send(aliceRtp, spoken, parleysPortForAlice);
                return receive(bobRtp, 100).filter(p -> p.length == spoken.length && p[12] == 0x55
                        && p[spoken.length - 1] == 0x55).isPresent();
            });
            assertEquals(2.0, Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0));
            caller.bye();
            callee.awaitRequest("BYE");
        }
        Await.until(Duration.ofSeconds(10), ENDPOINTS_OPEN + " back to 0",
                () -> Metrics.gauge(server, ENDPOINTS_OPEN).orElse(-1.0) == 0.0);
    }

    private static DatagramSocket rtpSocket() throws IOException {
        return new DatagramSocket(0, InetAddress.getByName("127.0.0.1"));
    }

    private static int audioPort(String sdp) {
        Matcher m = Pattern.compile("(?m)^m=audio (\\d+) ").matcher(sdp);
        assertTrue(m.find(), () -> "an audio stream: " + sdp);
        return Integer.parseInt(m.group(1));
    }

    private static void send(DatagramSocket socket, byte[] packet, int port) {
        try {
            socket.send(new DatagramPacket(packet, packet.length, InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next packet on the socket within {@code millis}, if any. */
    private static Optional<byte[]> receive(DatagramSocket socket, int millis) {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.setSoTimeout(millis);
            socket.receive(packet);
            return Optional.of(java.util.Arrays.copyOf(buffer, packet.getLength()));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A caller offering only a codec the engine does not have gets 488, and nobody is rung. */
    @Test
    void alwaysRefusesAnOfferWithoutPcmuOrPcma() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password")) {
            String g722 = sdp("alice", 49170).replace("RTP/AVP 0 8 101", "RTP/AVP 9 101");
            SipMessageText refused = alicePhone.invite(bob).body(g722).send().awaitFinal();
            assertEquals(488, refused.status(), refused::toString);
            assertTrue(bobPhone.poll(Duration.ofSeconds(1), m -> m.firstLine().startsWith("INVITE")).isEmpty(), "bob was not rung");
        }
    }

    /** A phone's PCMU/PCMA offer or answer on 127.0.0.1. */
    private static String sdp(String user, int port) {
        return "v=0\r\no=" + user + " 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + port + " RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n";
    }

    /** The SDP is the engine's: Parley's session name, an audio port in Parley's range, not the phone's. */
    private static void assertParleys(String body, int phonesPort) {
        assertTrue(body.contains("s=parley"), () -> "Parley's SDP: " + body);
        Matcher m = Pattern.compile("(?m)^m=audio (\\d+) ").matcher(body);
        assertTrue(m.find(), () -> "an audio stream: " + body);
        int port = Integer.parseInt(m.group(1));
        assertTrue(port >= MEDIA_LOW && port <= MEDIA_HIGH && port != phonesPort,
                () -> "an engine port (" + MEDIA_LOW + "-" + MEDIA_HIGH + "): " + body);
    }

    /** Every RTP stream the phone received came from one of Parley's media ports (baresip logs the source). */
    private static void assertRtpFromParley(Baresip phone) throws IOException {
        String log = Files.readString(phone.dir().resolve("baresip.log"));
        Matcher m = Pattern.compile("receiving from [0-9.]+:(\\d+)").matcher(log);
        int streams = 0;
        while (m.find()) {
            int port = Integer.parseInt(m.group(1));
            assertTrue(port >= MEDIA_LOW && port <= MEDIA_HIGH, () -> "RTP from Parley's engine, not from the other"
                    + " phone: port " + port + " in " + phone.dir().resolve("baresip.log"));
            streams++;
        }
        assertTrue(streams > 0, () -> "the phone received RTP: " + phone.dir().resolve("baresip.log"));
    }

    /** Bytes baresip has written so far to its recording of what it receives. */
    private static long receivedBytes(Baresip phone) {
        try (Stream<Path> files = Files.list(phone.dir().resolve("rec"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav")).mapToLong(f -> f.toFile()
                    .length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] heard(Baresip phone) throws IOException {
        Path rec = phone.dir().resolve("rec");
        Await.until(Duration.ofSeconds(10), "the phone's recording", () -> recording(rec).isPresent());
        return Sounds.Heard.of(Files.readAllBytes(recording(rec).orElseThrow())).samples();
    }

    /** A sine at half scale, as floats in [-1, 1]. */
    private static float[] sine(int hz, double seconds) {
        float[] s = new float[(int) (8000 * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / 8000.0));
        }
        return s;
    }

    /** An 8 kHz mono 16-bit PCM WAV of a sine at half scale (what baresip's {@code aufile} source plays). */
    private static byte[] monoSineWav(int hz, int seconds) throws IOException {
        float[] s = sine(hz, seconds);
        ByteBuffer pcm = ByteBuffer.allocate(s.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : s) {
            pcm.putShort((short) Math.round(v * Short.MAX_VALUE));
        }
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, s.length),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
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
