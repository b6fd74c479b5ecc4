package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Metrics;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Music on hold between two hand-written phones: the holder is answered from Parley's media engine, the other party
 * is re-INVITEd onto it and receives Parley's RTP (the music); resuming puts the two back in direct media (each gets
 * the other's SDP unchanged); a party hanging up while held ends the call; no media endpoint is left open.
 * The music itself is compared with the shipped sound in {@code MusicOnHoldIT} (real phones).
 */
@ExtendWith(SharedParleyServer.class)
class HoldIT {

    private static final String GAUGE = "parley_media_endpoints_open";

    @Test
    void theCallerHoldsTheCalleeHearsParleysAudioAndResumeReconnectsThem(ParleyServer server) throws IOException {
        try (TwoPhones p = TwoPhones.register(server); DatagramSocket bobRtp = rtpSocket()) {
            int bobPort = bobRtp.getLocalPort();
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", bobPort));

            Holds.hold(call.caller(), call.callee(), SipPhone.sdp("alice", 41000, "sendonly", 2),
                    SipPhone.sdp("bob", bobPort, "sendrecv", 2));
            awaitHeld(server, p.alice, true);
            byte[] packet = receiveRtp(bobRtp);
            assertEquals(2, (packet[0] & 0xff) >> 6, "RTP version 2");
            int payloadType = packet[1] & 0x7f;
            assertTrue(payloadType == 0 || payloadType == 8, "G.711 from Parley: " + payloadType);
            assertEquals(12 + 160, packet.length, "20 ms of G.711 a packet");

            Holds.resume(call.caller(), call.callee(), SipPhone.sdp("alice", 41000, "sendrecv", 3),
                    SipPhone.sdp("bob", bobPort, "sendrecv", 3));
            awaitHeld(server, p.alice, false);
            awaitNoEndpoint(server);

            // direct media again: a new session is relayed as before the hold
            SipPhone.Sent moved = call.callee().send("INVITE", "application/sdp",
                    SipPhone.sdp("bob", bobPort + 2, "sendrecv", 4));
            SipMessageText relayed = TwoPhones.relayed(moved, call.caller(), "INVITE");
            assertEquals(SipPhone.sdp("bob", bobPort + 2, "sendrecv", 4), relayed.body());
            call.caller().respondTo(relayed, 200, "application/sdp", SipPhone.sdp("alice", 41000, "sendrecv", 4));
            assertEquals(200, moved.awaitFinal().status());
            call.callee().ack();
            call.caller().awaitRequest("ACK");

            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void theCalleeHoldsInactiveAndTheCallerHearsParley(ParleyServer server) throws IOException {
        try (TwoPhones p = TwoPhones.register(server); DatagramSocket aliceRtp = rtpSocket()) {
            int alicePort = aliceRtp.getLocalPort();
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", alicePort), SipPhone.offer("bob", 42000));

            Holds.hold(call.callee(), call.caller(), SipPhone.sdp("bob", 42000, "inactive", 2),
                    SipPhone.sdp("alice", alicePort, "sendrecv", 2));
            awaitHeld(server, p.alice, true);
            receiveRtp(aliceRtp);

            Holds.resume(call.callee(), call.caller(), SipPhone.sdp("bob", 42000, "sendrecv", 3),
                    SipPhone.sdp("alice", alicePort, "sendrecv", 3));
            awaitHeld(server, p.alice, false);
            awaitNoEndpoint(server);
            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void theHeldPartyHangingUpEndsTheCallAndFreesTheEndpoints(ParleyServer server) throws IOException {
        try (TwoPhones p = TwoPhones.register(server); DatagramSocket bobRtp = rtpSocket()) {
            int bobPort = bobRtp.getLocalPort();
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", bobPort));
            Holds.hold(call.caller(), call.callee(), SipPhone.sdp("alice", 41000, "sendonly", 2),
                    SipPhone.sdp("bob", bobPort, "sendrecv", 2));
            receiveRtp(bobRtp);

            SipMessageText byeAnswer = call.callee().bye();
            assertEquals(200, byeAnswer.status(), byeAnswer::toString);
            call.caller().respondTo(call.caller().awaitRequest("BYE"), 200, null, "");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
            awaitNoEndpoint(server);
        }
    }

    @Test
    void aNewOfferWhileParleyIsStillMovingTheOtherPartyGets491(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", 42000));
            SipPhone.Sent hold = call.caller().send("INVITE", "application/sdp",
                    SipPhone.sdp("alice", 41000, "sendonly", 2));
            SipMessageText toBob = TwoPhones.relayed(hold, call.callee(), "INVITE");
            assertEquals(200, hold.awaitFinal().status());
            call.caller().ack();

            // Bob has not answered Parley's re-INVITE yet: Alice's next offer crosses it (RFC 3261 §14.1)
            SipPhone.Sent early = call.caller().send("INVITE", "application/sdp",
                    SipPhone.sdp("alice", 41000, "sendrecv", 3));
            SipMessageText refused = early.awaitFinal();
            assertEquals(491, refused.status(), refused::toString);

            call.callee().respondTo(toBob, 200, "application/sdp", SipPhone.sdp("bob", 42000, "sendrecv", 2));
            call.callee().awaitRequest("ACK");
            awaitHeld(server, p.alice, true);
            Holds.resume(call.caller(), call.callee(), SipPhone.sdp("alice", 41000, "sendrecv", 4),
                    SipPhone.sdp("bob", 42000, "sendrecv", 3));
            awaitNoEndpoint(server);
            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    /**
     * The held party answers Parley's re-INVITE with 491 (its own offer crossed it): Parley sends its re-INVITE again
     * after 2.1 to 4 s (RFC 3261 §14.1, Parley owns the dialog's Call-ID), and once taken the held party hears Parley.
     */
    @Test
    void parleysReInviteMeeting491IsSentAgainAfterTwoToFourSeconds(ParleyServer server) throws IOException {
        try (TwoPhones p = TwoPhones.register(server); DatagramSocket bobRtp = rtpSocket()) {
            int bobPort = bobRtp.getLocalPort();
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", bobPort));
            SipPhone.Sent hold = call.caller().send("INVITE", "application/sdp",
                    SipPhone.sdp("alice", 41000, "sendonly", 2));
            SipMessageText first = TwoPhones.relayed(hold, call.callee(), "INVITE");
            assertEquals(200, hold.awaitFinal().status());
            call.caller().ack();

            call.callee().respondTo(first, 491, null, "");
            call.callee().awaitRequest("ACK");
            long refused = System.nanoTime();
            SipMessageText again = call.callee().awaitRequest("INVITE", Duration.ofSeconds(8));
            long pauseMillis = (System.nanoTime() - refused) / 1_000_000;
            assertTrue(pauseMillis >= 2000 && pauseMillis <= 6000, "sent again after 2.1-4 s: " + pauseMillis + " ms");
            assertTrue(again.body().contains(" RTP/AVP 0 8 101"), () -> "Parley's offer again: " + again.body());
            call.callee().respondTo(again, 200, "application/sdp", SipPhone.sdp("bob", bobPort, "sendrecv", 2));
            call.callee().awaitRequest("ACK");
            receiveRtp(bobRtp);
            awaitHeld(server, p.alice, true);

            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
            awaitNoEndpoint(server);
        }
    }

    private static DatagramSocket rtpSocket() throws IOException {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"));
        socket.setSoTimeout(5000);
        return socket;
    }

    /** The first RTP packet Parley sends to the phone's socket, within five seconds. */
    private static byte[] receiveRtp(DatagramSocket socket) {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no RTP from Parley within 5 s", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Arrays.copyOf(buffer, packet.getLength());
    }

    static void awaitHeld(ParleyServer server, String caller, boolean held) {
        Await.until(Duration.ofSeconds(5), held ? "the call shown on hold" : "the call shown resumed",
                () -> Calls.from(server, caller).orElseThrow().getBoolean("held") == held);
    }

    static void awaitNoEndpoint(ParleyServer server) {
        Await.until(Duration.ofSeconds(10), GAUGE + " back to 0",
                () -> Metrics.gauge(server, GAUGE).orElse(-1.0) == 0.0);
    }
}
