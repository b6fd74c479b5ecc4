package org.parley.sipconnector.media;

import org.parley.sipconnector.Sound;

import org.parley.sipconnector.MediaUnavailableException;

import org.parley.sipconnector.MediaRefusedException;

import org.parley.sipconnector.MediaEvent;

import org.parley.sipconnector.DtmfMethod;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.sipconnector.SipBody;

/** The engine against Java UDP peers on loopback: what a phone receives is exactly what was played or relayed. */
class MediaEngineTest {

    private static final Duration WAIT = EngineFixture.WAIT;

    private EngineFixture fixture;
    private MediaEngine engine;
    private final List<UdpPeer> peers = new ArrayList<>();

    @BeforeEach
    void start() {
        fixture = EngineFixture.start();
        engine = fixture.engine;
    }

    @AfterEach
    void stop() {
        peers.forEach(UdpPeer::close);
        fixture.close();
    }

    private UdpPeer peer() throws Exception {
        UdpPeer peer = new UdpPeer();
        peers.add(peer);
        return peer;
    }

    private static Sound sound(String name, int length, long seed) {
        byte[] samples = new byte[length];
        new Random(seed).nextBytes(samples);
        return new Sound(name, samples);
    }

    @Test
    void aPlayedSoundArrivesAsItIsWithTimestampsFromTheSampleCount() throws Exception {
        UdpPeer phone = peer();
        String id = fixture.answered(phone, 0, 101);
        Sound sound = sound("prompt", 1000, 1);
        engine.play(id, sound);

        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        byte[] first = phone.next(WAIT);
        assertTrue(RtpPackets.marker(first), "a sound starts a talkspurt");
        byte[] previous = first;
        heard.write(UdpPeer.payload(first));
        for (int i = 1; i < 7; i++) {
            byte[] packet = phone.next(WAIT);
            assertEquals(0, RtpPackets.payloadType(packet));
            assertFalse(RtpPackets.marker(packet));
            assertEquals((RtpPackets.sequence(previous) + 1) & 0xFFFF, RtpPackets.sequence(packet));
            assertEquals((RtpPackets.timestamp(previous) + 160) & 0xFFFFFFFFL, RtpPackets.timestamp(packet));
            assertEquals(RtpPackets.ssrc(first), RtpPackets.ssrc(packet));
            heard.write(UdpPeer.payload(packet));
            previous = packet;
        }
        byte[] audio = heard.toByteArray();
        assertEquals(7 * 160, audio.length);
        assertArrayEquals(sound.mulaw(), java.util.Arrays.copyOf(audio, 1000));
        for (int i = 1000; i < audio.length; i++) {
            assertEquals(G711.ULAW_SILENCE, audio[i], "the last frame is padded with silence");
        }
        assertEquals(new MediaEvent.PlaybackFinished("leg-" + phone.port(), id, false),
                fixture.await(e -> e instanceof MediaEvent.PlaybackFinished));
    }

    @Test
    void aListOfSoundsPlaysInOrderOnAnALawLegWithContinuousSequenceNumbers() throws Exception {
        UdpPeer phone = peer();
        String id = fixture.answered(phone, 8);
        Sound one = sound("one", 320, 2);
        Sound two = sound("two", 480, 3);
        engine.play(id, List.of(one, two), false);
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        int seq = -1;
        for (int i = 0; i < 5; i++) {
            byte[] packet = phone.next(WAIT);
            assertEquals(8, RtpPackets.payloadType(packet));
            if (seq >= 0) {
                assertEquals((seq + 1) & 0xFFFF, RtpPackets.sequence(packet), "continuous across sounds");
            }
            seq = RtpPackets.sequence(packet);
            heard.write(UdpPeer.payload(packet));
        }
        byte[] expected = new byte[800];
        G711.convert(G711.PCMU, one.mulaw(), 0, G711.PCMA, expected, 0, 320);
        G711.convert(G711.PCMU, two.mulaw(), 0, G711.PCMA, expected, 320, 480);
        assertArrayEquals(expected, heard.toByteArray());
    }

    @Test
    void twoEndpointsRelayBothWaysBitExactly() throws Exception {
        UdpPeer alice = peer();
        UdpPeer bob = peer();
        String a = fixture.answered(alice, 0, 8, 101);
        String b = fixture.answered(bob, 0, 101);
        engine.connect(a, b);
        relayed(alice, bob, 0, 0);
        relayed(bob, alice, 0, 0);
    }

    @Test
    void aMuLawPhoneAndAnALawPhoneHearEachOtherTranscoded() throws Exception {
        UdpPeer alice = peer();
        UdpPeer bob = peer();
        String a = fixture.answered(alice, 0);
        String b = fixture.answered(bob, 8);
        engine.connect(a, b);
        relayed(alice, bob, 0, 8);
        relayed(bob, alice, 8, 0);
    }

    /** Sends 20 packets of random audio from {@code from}; {@code to} gets each one's payload, converted. */
    private static void relayed(UdpPeer from, UdpPeer to, int fromType, int toType) throws Exception {
        Random random = new Random(from.port());
        int ssrc = random.nextInt();
        int seq = -1;
        for (int i = 0; i < 20; i++) {
            byte[] payload = new byte[160];
            random.nextBytes(payload);
            from.send(UdpPeer.rtp(fromType, i == 0, 500 + i, 160L * i, ssrc, payload));
            byte[] got = to.next(WAIT);
            assertEquals(toType, RtpPackets.payloadType(got));
            byte[] expected = new byte[160];
            G711.convert(fromType, payload, 0, toType, expected, 0, 160);
            assertArrayEquals(expected, UdpPeer.payload(got), "packet " + i);
            if (seq >= 0) {
                assertEquals((seq + 1) & 0xFFFF, RtpPackets.sequence(got));
            }
            seq = RtpPackets.sequence(got);
        }
    }

    @Test
    void playingMutesThePartnerAndTheRelayResumesAfterwards() throws Exception {
        UdpPeer alice = peer();
        UdpPeer bob = peer();
        String a = fixture.answered(alice, 0);
        String b = fixture.answered(bob, 0);
        engine.connect(a, b);
        Sound music = new Sound("music", new byte[1600]);
        java.util.Arrays.fill(music.mulaw(), (byte) 0x42);
        engine.play(b, List.of(music), true);
        byte[] voice = new byte[160];
        java.util.Arrays.fill(voice, (byte) 0x11);
        for (int i = 0; i < 10; i++) {
            alice.send(UdpPeer.rtp(0, false, i, 160L * i, 77, voice));
            byte[] got = bob.next(WAIT);
            assertEquals(0x42, UdpPeer.payload(got)[0], "Bob hears the music only");
        }
        engine.stop(b);
        fixture.await(e -> e instanceof MediaEvent.PlaybackFinished f && f.stopped());
        while (bob.receive(Duration.ofMillis(100)).isPresent()) {
            // the last music frames in flight
        }
        alice.send(UdpPeer.rtp(0, false, 11, 160L * 11, 77, voice));
        assertEquals(0x11, UdpPeer.payload(bob.next(WAIT))[0], "Bob hears Alice again");
    }

    @Test
    void theEngineSendsToWherePacketsReallyComeFrom() throws Exception {
        UdpPeer announced = peer();
        UdpPeer behindNat = peer();
        String id = fixture.answered(announced, 0);
        engine.play(id, List.of(sound("music", 1600, 4)), true);
        announced.next(WAIT);
        behindNat.target(EngineFixture.port(engine.offer(id)));
        behindNat.send(UdpPeer.rtp(0, true, 1, 0, 5, new byte[160]));
        int latched = RtpPackets.sequence(behindNat.next(WAIT));
        for (var late = announced.receive(Duration.ofMillis(200)); late.isPresent();
                late = announced.receive(Duration.ofMillis(200))) {
            assertTrue(((latched - RtpPackets.sequence(late.get())) & 0xFFFF) < 0x8000,
                    "after the first packet from the real address, nothing more goes to the one in the SDP");
        }
    }

    @Test
    void aKeyPressIsReportedOnceDespiteItsRetransmittedEndPackets() throws Exception {
        UdpPeer phone = peer();
        String id = fixture.answered(phone, 0, 101);
        press(phone, '5', 1000, 10);
        press(phone, '5', 3000, 20);
        press(phone, '#', 5000, 30);
        fixture.await(e -> e instanceof MediaEvent.DtmfReceived d && d.digit() == '#');
        assertEquals(List.of(new MediaEvent.DtmfReceived("leg-" + phone.port(), '5', DtmfMethod.RFC4733),
                new MediaEvent.DtmfReceived("leg-" + phone.port(), '5', DtmfMethod.RFC4733),
                new MediaEvent.DtmfReceived("leg-" + phone.port(), '#', DtmfMethod.RFC4733)), fixture.events);
        assertTrue(id.startsWith("m"));
    }

    private static void press(UdpPeer phone, char digit, long timestamp, int seq) throws Exception {
        int code = TelephoneEvents.code(digit);
        int n = 0;
        for (int duration = 160; duration <= 640; duration += 160) {
            byte[] event = new byte[4];
            TelephoneEvents.write(event, 0, code, false, duration);
            phone.send(UdpPeer.rtp(101, duration == 160, seq + n++, timestamp, 9, event));
        }
        for (int i = 0; i < 3; i++) {
            byte[] event = new byte[4];
            TelephoneEvents.write(event, 0, code, true, 800);
            phone.send(UdpPeer.rtp(101, false, seq + n++, timestamp, 9, event));
        }
    }

    @Test
    void aKeyPressIsSentAsStartContinuationAndThreeEndPacketsWithOneTimestamp() throws Exception {
        UdpPeer phone = peer();
        String id = fixture.answered(phone, 0, 101);
        engine.sendDtmf(id, '7', 100);
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            packets.add(phone.next(WAIT));
        }
        byte[] first = packets.get(0);
        assertTrue(RtpPackets.marker(first));
        int ends = 0;
        int lastDuration = 0;
        for (int i = 0; i < packets.size(); i++) {
            byte[] p = packets.get(i);
            assertEquals(101, RtpPackets.payloadType(p));
            assertEquals(RtpPackets.timestamp(first), RtpPackets.timestamp(p), "one timestamp per event");
            assertEquals((RtpPackets.sequence(first) + i) & 0xFFFF, RtpPackets.sequence(p));
            assertEquals(7, TelephoneEvents.code(p, 12));
            int duration = TelephoneEvents.duration(p, 12);
            assertTrue(duration >= lastDuration);
            lastDuration = duration;
            if (TelephoneEvents.end(p, 12)) {
                ends++;
                assertEquals(800, duration);
            }
        }
        assertEquals(3, ends);
        assertEquals(List.of(160, 320, 480, 640, 800, 800, 800),
                packets.stream().map(p -> TelephoneEvents.duration(p, 12)).toList(), "100 ms in 20 ms steps");
        assertTrue(TelephoneEvents.end(packets.get(4), 12));
        assertFalse(TelephoneEvents.end(packets.get(3), 12));
        engine.play(id, sound("after", 160, 5));
        byte[] audio = phone.next(WAIT);
        assertEquals(0, RtpPackets.payloadType(audio));
        assertEquals((RtpPackets.sequence(first) + 7) & 0xFFFF, RtpPackets.sequence(audio));
        assertEquals((RtpPackets.timestamp(first) + 800) & 0xFFFFFFFFL, RtpPackets.timestamp(audio),
                "audio resumes after the event's duration");
    }

    @Test
    void aStreamWithoutRtpTimesOutOnce() throws Exception {
        try (EngineFixture quick = EngineFixture.start(Duration.ofSeconds(1)); UdpPeer phone = new UdpPeer()) {
            String id = quick.answered(phone, 0);
            assertEquals(new MediaEvent.MediaTimeout("leg-" + phone.port(), id),
                    quick.await(e -> e instanceof MediaEvent.MediaTimeout));
            UdpPeer talking = peer();
            String other = quick.answered(talking, 0);
            long end = System.nanoTime() + 1_600_000_000L;
            int seq = 0;
            while (System.nanoTime() < end) {
                talking.send(UdpPeer.rtp(0, false, seq, 160L * seq, 3, new byte[160]));
                seq++;
                talking.receive(Duration.ofMillis(20));
            }
            assertEquals(1, quick.events.stream().filter(e -> e instanceof MediaEvent.MediaTimeout).count(),
                    "reported once, and not for the stream that kept sending (" + other + ")");
        }
    }

    @Test
    void aHeldStreamDoesNotTimeOut() throws Exception {
        try (EngineFixture quick = EngineFixture.start(Duration.ofSeconds(1)); UdpPeer held = new UdpPeer();
                UdpPeer inactive = new UdpPeer(); UdpPeer silent = new UdpPeer()) {
            String heldId = quick.engine.open("leg-" + held.port());
            quick.engine.answer(heldId, SipBody.sdp(held.offer("sendonly", 0)));
            String inactiveId = quick.engine.open("leg-" + inactive.port());
            quick.engine.answer(inactiveId, SipBody.sdp(inactive.offer("inactive", 0)));
            String silentId = quick.answered(silent, 0);

            assertEquals(new MediaEvent.MediaTimeout("leg-" + silent.port(), silentId),
                    quick.await(e -> e instanceof MediaEvent.MediaTimeout));
            assertEquals(List.of(new MediaEvent.MediaTimeout("leg-" + silent.port(), silentId)),
                    quick.events.stream().filter(e -> e instanceof MediaEvent.MediaTimeout).toList(),
                    "opened before the silent stream, the streams on hold (sendonly " + heldId + ", inactive "
                    + inactiveId + ") would have timed out first: they owe no RTP");
        }
    }

    @Test
    void theFarEndGetsSenderReportsOnTheRtcpPort() throws Exception {
        UdpPeer phone = null;
        UdpPeer rtcp = null;
        for (int tries = 0; rtcp == null && tries < 20; tries++) {
            phone = peer();
            try {
                rtcp = new UdpPeer(phone.port() + 1);
                peers.add(rtcp);
            } catch (java.net.BindException e) {
                phone.close();
            }
        }
        String id = fixture.answered(phone, 0);
        engine.play(id, List.of(sound("long", 8000, 6)), true);
        int ssrc = RtpPackets.ssrc(phone.next(WAIT));
        byte[] report = rtcp.next(Duration.ofSeconds(7));
        while ((report[1] & 0xFF) != RtcpReports.SR) {
            report = rtcp.next(Duration.ofSeconds(7));
        }
        assertEquals(ssrc, RtpPackets.readInt(report, 4));
        assertTrue(RtpPackets.readInt(report, 20) > 0, "packets sent");
    }

    @Test
    void receivedAudioIsRecordedAsLinearPcm(@TempDir Path dir) throws Exception {
        UdpPeer phone = peer();
        String id = fixture.answered(phone, 0);
        Path wav = dir.resolve("message.wav");
        engine.record(id, wav);
        byte[] payload = new byte[160];
        new Random(8).nextBytes(payload);
        phone.send(UdpPeer.rtp(0, true, 1, 0, 4, payload));
        phone.send(UdpPeer.rtp(0, false, 2, 160, 4, payload));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Files.size(wav) < 44 + 640 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        engine.stopRecording(id);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 640, b.limit());
        assertEquals(8000, b.getInt(24), "8 kHz");
        assertEquals(16, b.getShort(34), "16-bit");
        assertEquals(640, b.getInt(40), "data size filled in");
        for (int i = 0; i < 320; i++) {
            assertEquals(G711.ulawToLinear(payload[i % 160]), b.getShort(44 + 2 * i));
        }
    }

    @Test
    void anOfferWithoutACommonCodecIsRefused() {
        String id = engine.open("leg");
        String offer = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 9 18\r\na=rtpmap:9 G722/8000\r\na=rtpmap:18 G729/8000\r\n";
        MediaRefusedException refused = assertThrows(MediaRefusedException.class,
                () -> engine.answer(id, SipBody.sdp(offer)));
        assertTrue(refused.getMessage().contains("PCMU or PCMA"), refused.getMessage());
        assertEquals(488, MediaRefusedException.STATUS);
    }

    @Test
    void aClosedEndpointIsUnknown() {
        String id = engine.open("leg");
        engine.close(id);
        assertThrows(MediaUnavailableException.class, () -> engine.play(id, sound("x", 160, 9)));
        assertEquals(0, engine.openEndpoints());
        assertEquals(0, engine.portsInUse());
    }
}
