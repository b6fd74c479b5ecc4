package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.Negotiation;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.Sound;
import org.parley.sipconnector.media.webrtc.DtlsIdentity;
import org.parley.sipconnector.media.webrtc.DtlsSrtp;
import org.parley.sipconnector.media.webrtc.PacketKind;
import org.parley.sipconnector.media.webrtc.QueueTransport;
import org.parley.sipconnector.media.webrtc.StunBinding;

/**
 * A browser made of the test (STUN check, BouncyCastle DTLS client, SRTP) calls a WebRTC endpoint of the engine
 * with Chromium's offer and hears, decrypted, exactly the sound the engine played.
 */
class WebRtcLoopbackTest {

    private EngineFixture fixture;
    private DatagramChannel browser;
    private Thread reader;
    private final BlockingQueue<byte[]> srtp = new LinkedBlockingQueue<>();
    private final DtlsIdentity browserIdentity = DtlsIdentity.generate("browser");

    @BeforeEach
    void start() throws IOException {
        fixture = EngineFixture.start();
        browser = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        if (reader != null) {
            reader.join(5000);
        }
        fixture.close();
    }

    @Test
    void aPlayedSoundArrivesOverDtlsSrtpIntact() throws Exception {
        String id = fixture.engine.open("leg-browser");
        Negotiation n = fixture.engine.answer(id, SipBody.sdp(offer()));
        String answer = n.answer().text();
        InetSocketAddress engine = new InetSocketAddress("127.0.0.1", EngineFixture.port(n.answer()));
        String ufrag = attribute(answer, "a=ice-ufrag:");
        String password = attribute(answer, "a=ice-pwd:");
        String fingerprint = attribute(answer, "a=fingerprint:sha-256 ");
        assertTrue(answer.contains("a=setup:passive\r\n"), answer);

        byte[] transaction = new byte[12];
        new Random(7).nextBytes(transaction);
        browser.send(ByteBuffer.wrap(StunBinding.request(transaction, ufrag + ":TqMc", password)), engine);
        byte[] response = receive();
        StunBinding.Message success = StunBinding.parse(response, response.length).orElseThrow();
        assertEquals(0x0101, success.type());
        assertTrue(StunBinding.integrityValid(response, success, password));

        QueueTransport dtls = new QueueTransport(record -> send(record, engine));
        reader = new Thread(() -> read(dtls), "test-browser-reader");
        reader.start();
        DtlsSrtp.Keys keys = DtlsSrtp.run(DtlsSrtp.Role.CLIENT, browserIdentity, fingerprint, dtls);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!fixture.engine.secured(id) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
        }

        byte[] samples = new byte[800];
        new Random(3).nextBytes(samples);
        Sound sound = new Sound("prompt", samples);
        fixture.engine.play(id, sound);
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        for (int i = 0; i < 5; i++) {
            byte[] packet = srtp.poll(5, TimeUnit.SECONDS);
            assertTrue(packet != null, "SRTP packet " + i + " arrived");
            byte[] plain = keys.receiving().unprotectRtp(packet, packet.length).orElseThrow();
            assertEquals(0, RtpPackets.payloadType(plain));
            heard.write(Arrays.copyOfRange(plain, RtpPackets.HEADER, plain.length));
        }
        assertArrayEquals(sound.mulaw(), heard.toByteArray());
    }

    private void read(QueueTransport dtls) {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        try {
            while (browser.isOpen()) {
                buffer.clear();
                browser.receive(buffer);
                byte[] packet = Arrays.copyOf(buffer.array(), buffer.position());
                PacketKind kind = PacketKind.of(packet, packet.length);
                if (kind == PacketKind.DTLS) {
                    dtls.deliver(packet, packet.length);
                } else if (kind == PacketKind.RTP) {
                    srtp.add(packet);
                }
            }
        } catch (IOException e) {
            // the channel closed at the end of the test
        }
    }

    private void send(byte[] datagram, InetSocketAddress to) {
        try {
            browser.send(ByteBuffer.wrap(datagram), to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] receive() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        browser.receive(buffer);
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private String offer() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sdp/chromium-156-offer.sdp")) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String chromium = attribute(text, "a=fingerprint:sha-256 ");
            return text.replace(chromium, browserIdentity.fingerprint()).replace("\n", "\r\n");
        }
    }

    private static String attribute(String sdp, String prefix) {
        return sdp.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow()
                .substring(prefix.length()).trim();
    }
}
