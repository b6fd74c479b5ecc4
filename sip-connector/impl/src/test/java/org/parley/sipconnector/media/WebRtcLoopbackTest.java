package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.sipconnector.MediaKind;
import org.parley.sipconnector.MediaRefusedException;
import org.parley.sipconnector.Negotiation;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.Sound;
import org.parley.sipconnector.media.webrtc.DtlsIdentity;
import org.parley.sipconnector.media.webrtc.DtlsSrtp;
import org.parley.sipconnector.media.webrtc.PacketKind;
import org.parley.sipconnector.media.webrtc.QueueTransport;
import org.parley.sipconnector.media.webrtc.StunBinding;

/**
 * A browser made of the test (STUN check, BouncyCastle DTLS, SRTP) calls a WebRTC endpoint of the engine with
 * Chromium's offer, or answers the engine's WebRTC offer as DTLS client or server, and hears, decrypted, exactly the
 * sound the engine played.
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

        checkIce(engine, ufrag, password, "TqMc");
        hearsThePlayedSound(id, handshake(DtlsSrtp.Role.CLIENT, engine, fingerprint));
    }

    @ParameterizedTest
    @CsvSource({"active, SERVER", "passive, CLIENT"})
    void theEnginesOfferAnsweredByABrowserCarriesTheSoundOverDtlsSrtp(String browserSetup, String engineRole)
            throws Exception {
        String id = fixture.engine.open("leg-browser", MediaKind.WEBRTC);
        String offer = fixture.engine.offer(id).text();
        for (String expected : List.of("m=audio ", "UDP/TLS/RTP/SAVPF 0 8 101", "a=ice-lite", "a=setup:actpass",
                "a=rtcp-mux", "a=rtpmap:101 telephone-event/8000", "typ host")) {
            assertTrue(offer.contains(expected), () -> expected + " missing in\n" + offer);
        }
        InetSocketAddress engine = new InetSocketAddress("127.0.0.1", EngineFixture.port(SipBody.sdp(offer)));
        int port = ((InetSocketAddress) browser.getLocalAddress()).getPort();
        String answer = String.join("\r\n", "v=0", "o=- 4 2 IN IP4 127.0.0.1", "s=-", "t=0 0",
                "a=group:BUNDLE 0", "m=audio " + port + " UDP/TLS/RTP/SAVPF 0 101", "c=IN IP4 127.0.0.1",
                "a=rtpmap:0 PCMU/8000", "a=rtpmap:101 telephone-event/8000", "a=ice-ufrag:brws",
                "a=ice-pwd:browserIcePassword012345", "a=fingerprint:sha-256 " + browserIdentity.fingerprint(),
                "a=setup:" + browserSetup, "a=mid:0", "a=rtcp-mux", "a=sendrecv", "");
        Negotiation n = fixture.engine.accept(id, SipBody.sdp(answer));
        assertEquals("PCMU", n.codec());

        checkIce(engine, attribute(offer, "a=ice-ufrag:"), attribute(offer, "a=ice-pwd:"), "brws");
        DtlsSrtp.Role role = DtlsSrtp.Role.valueOf(engineRole) == DtlsSrtp.Role.SERVER ? DtlsSrtp.Role.CLIENT
                : DtlsSrtp.Role.SERVER;
        hearsThePlayedSound(id, handshake(role, engine, attribute(offer, "a=fingerprint:sha-256 ")));
    }

    @Test
    void aPlainAnswerToAWebRtcOfferIsRefused() throws Exception {
        String id = fixture.engine.open("leg-browser", MediaKind.WEBRTC);
        fixture.engine.offer(id);
        String plain = String.join("\r\n", "v=0", "o=- 4 2 IN IP4 127.0.0.1", "s=-", "t=0 0",
                "m=audio 4000 RTP/AVP 0", "c=IN IP4 127.0.0.1", "a=sendrecv", "");
        assertThrows(MediaRefusedException.class, () -> fixture.engine.accept(id, SipBody.sdp(plain)));
    }

    private void checkIce(InetSocketAddress engine, String ufrag, String password, String remoteUfrag)
            throws IOException {
        byte[] transaction = new byte[12];
        new Random(7).nextBytes(transaction);
        browser.send(ByteBuffer.wrap(StunBinding.request(transaction, ufrag + ":" + remoteUfrag, password)), engine);
        byte[] response = receive();
        StunBinding.Message success = StunBinding.parse(response, response.length).orElseThrow();
        assertEquals(0x0101, success.type());
        assertTrue(StunBinding.integrityValid(response, success, password));
    }

    private DtlsSrtp.Keys handshake(DtlsSrtp.Role role, InetSocketAddress engine, String fingerprint)
            throws IOException {
        QueueTransport dtls = new QueueTransport(record -> send(record, engine));
        reader = new Thread(() -> read(dtls), "test-browser-reader");
        reader.start();
        return DtlsSrtp.run(role, browserIdentity, fingerprint, dtls);
    }

    private void hearsThePlayedSound(String id, DtlsSrtp.Keys keys) throws Exception {
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
