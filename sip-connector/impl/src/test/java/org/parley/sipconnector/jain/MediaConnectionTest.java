package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.media.DtmfMethod;
import org.parley.sipconnector.media.MediaConnection;
import org.parley.sipconnector.media.MediaEvent;
import org.parley.sipconnector.media.Negotiation;
import org.parley.sipconnector.media.Sound;

/**
 * The media API as the application uses it through the connector: an incoming call answered with the media
 * endpoint's SDP answer, a sound played to the phone, key presses by SIP INFO and RFC 4733 reported once, on the
 * leg's own event lane; two endpoints relaying each other's audio unchanged.
 */
class MediaConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private ConnectorFixture connector;
    private TestPhone alice;
    private DatagramSocket rtp;
    private volatile String endpointId;

    @BeforeEach
    void start() throws Exception {
        connector = ConnectorFixture.startFast((request, connection) -> { });
        alice = connector.phone("alice");
        rtp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        rtp.setSoTimeout((int) WAIT.toMillis());
    }

    @AfterEach
    void stop() {
        rtp.close();
        alice.close();
        connector.close();
    }

    /** What the application does for an anchored leg: opens an endpoint, answers the offer with its SDP. */
    private void anchorAndAnswer(SipRequest request, SipConnection connection) {
        if (request.method().equals("INVITE")) {
            MediaConnection media = connection.media();
            String id = media.open(request.legId().orElseThrow());
            Negotiation negotiation = media.answer(id, new SipBody("application/sdp", request.body()));
            endpointId = id;
            connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                    .body("application/sdp", negotiation.answer().text()).build());
        }
    }

    @Test
    void anAnchoredCallerHearsTheSoundAndItsKeyPressesAreReportedOnce() throws Exception {
        connector.endpoint.behave(this::anchorAndAnswer);
        TestPhone.Dialog call = alice.call(connector.uri());
        call.invite(Sdp.of("alice", rtp.getLocalPort()));
        SipText ok = alice.response(200, "INVITE", WAIT);
        call.established(ok).ackInvite(null);
        LegEvent.Confirmed confirmed = (LegEvent.Confirmed) connector.endpoint.legEvents()
                .await(e -> e instanceof LegEvent.Confirmed, WAIT);
        String leg = confirmed.legId();
        int parleyPort = Integer.parseInt(ok.body().split("m=audio ")[1].split(" ")[0]);

        byte[] samples = new byte[800];
        new Random(13).nextBytes(samples);
        try (SipConnection connection = connector.connections.getConnection()) {
            connection.media().play(endpointId, List.of(new Sound("welcome", samples)), false);
        }
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        byte[] buffer = new byte[2048];
        for (int i = 0; i < 5; i++) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            rtp.receive(packet);
            heard.write(buffer, 12, packet.getLength() - 12);
        }
        assertArrayEquals(samples, heard.toByteArray(), "the phone hears the sound as it is");
        assertEquals(new MediaEvent.PlaybackFinished(leg, endpointId, false), connector.endpoint.mediaEvents()
                .await(e -> e instanceof MediaEvent.PlaybackFinished, WAIT));

        call.send("INFO", "Signal=5\r\nDuration=160\r\n", "Content-Type: application/dtmf-relay");
        alice.response(200, "INFO", WAIT);
        sendRfc4733(parleyPort, 5, 1000);
        call.send("INFO", "9", "Content-Type: application/dtmf");
        alice.response(200, "INFO", WAIT);
        connector.endpoint.mediaEvents().await(e -> e instanceof MediaEvent.DtmfReceived d && d.digit() == '9',
                WAIT);
        assertEquals(List.of(new MediaEvent.DtmfReceived(leg, '5', DtmfMethod.SIP_INFO),
                new MediaEvent.DtmfReceived(leg, '9', DtmfMethod.SIP_INFO)),
                connector.endpoint.mediaEvents().matching(e -> e instanceof MediaEvent.DtmfReceived),
                "the 5 sent both ways is reported once");

        try (SipConnection connection = connector.connections.getConnection()) {
            connection.hangup(leg);
            connection.media().close(endpointId);
            assertEquals(0, connection.media().openEndpoints());
        }
        alice.respond(alice.request("BYE", WAIT), 200, "OK", null);
        connector.endpoint.legEvents().await(e -> e instanceof LegEvent.Ended, WAIT);
    }

    @Test
    void twoEndpointsConnectedThroughTheConnectionRelayBothWaysBitExactly() throws Exception {
        try (SipConnection connection = connector.connections.getConnection();
                DatagramSocket bob = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            bob.setSoTimeout((int) WAIT.toMillis());
            MediaConnection media = connection.media();
            String a = media.open("leg-a");
            String b = media.open("leg-b");
            int toA = port(media.answer(a, SipBody.sdp(Sdp.of("alice", rtp.getLocalPort()))));
            int toB = port(media.answer(b, SipBody.sdp(Sdp.of("bob", bob.getLocalPort()))));
            media.connect(a, b);
            Random random = new Random(21);
            for (int i = 0; i < 10; i++) {
                byte[] fromAlice = rtpPacket(i, random);
                rtp.send(new DatagramPacket(fromAlice, fromAlice.length, InetAddress.getLoopbackAddress(), toA));
                assertArrayEquals(Arrays.copyOfRange(fromAlice, 12, 172), payload(bob), "alice → bob, packet " + i);
                byte[] fromBob = rtpPacket(i, random);
                bob.send(new DatagramPacket(fromBob, fromBob.length, InetAddress.getLoopbackAddress(), toB));
                assertArrayEquals(Arrays.copyOfRange(fromBob, 12, 172), payload(rtp), "bob → alice, packet " + i);
            }
            media.close(a);
            media.close(b);
            assertEquals(0, media.openEndpoints());
        }
    }

    private static int port(Negotiation negotiation) {
        return Integer.parseInt(negotiation.answer().text().split("m=audio ")[1].split(" ")[0]);
    }

    private static byte[] rtpPacket(int seq, Random random) {
        byte[] p = new byte[172];
        random.nextBytes(p);
        p[0] = (byte) 0x80;
        p[1] = 0;
        p[2] = 0;
        p[3] = (byte) seq;
        return p;
    }

    private static byte[] payload(DatagramSocket socket) throws Exception {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        return Arrays.copyOfRange(buffer, 12, packet.getLength());
    }

    /** One key press as RFC 4733 packets from the phone's RTP socket: start, continuation, three ends. */
    private void sendRfc4733(int parleyPort, int code, long timestamp) throws Exception {
        InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), parleyPort);
        for (int i = 0; i < 5; i++) {
            byte[] p = new byte[16];
            p[0] = (byte) 0x80;
            p[1] = (byte) (101 | (i == 0 ? 0x80 : 0));
            p[3] = (byte) i;
            p[4] = (byte) (timestamp >> 24);
            p[5] = (byte) (timestamp >> 16);
            p[6] = (byte) (timestamp >> 8);
            p[7] = (byte) timestamp;
            p[11] = 1;
            p[12] = (byte) code;
            p[13] = (byte) (i >= 2 ? 0x8A : 0x0A);
            p[15] = (byte) (i >= 2 ? 0x40 : 0xA0);
            rtp.send(new DatagramPacket(p, p.length, to));
        }
    }
}
