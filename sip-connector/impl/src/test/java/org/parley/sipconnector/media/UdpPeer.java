package org.parley.sipconnector.media;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A far end in tests: a UDP socket on loopback that sends and receives raw RTP/RTCP. */
final class UdpPeer implements AutoCloseable {

    final DatagramSocket socket;
    private InetSocketAddress target;

    UdpPeer() throws IOException {
        this(0);
    }

    /** On a given port (0 for any). */
    UdpPeer(int port) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Where {@link #send} goes: the engine's port. */
    void target(int port) {
        target = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    void send(byte[] packet) throws IOException {
        socket.send(new DatagramPacket(packet, packet.length, target));
    }

    /** The next datagram, or empty after {@code timeout}. */
    Optional<byte[]> receive(Duration timeout) throws IOException {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            socket.receive(packet);
            return Optional.of(Arrays.copyOf(buffer, packet.getLength()));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    /** The next datagram; fails after {@code timeout}. */
    byte[] next(Duration timeout) throws IOException {
        return receive(timeout).orElseThrow(() -> new AssertionError("no packet within " + timeout));
    }

    /** An RTP packet as a phone would send it. */
    static byte[] rtp(int payloadType, boolean marker, int seq, long timestamp, int ssrc, byte[] payload) {
        byte[] p = new byte[RtpPackets.HEADER + payload.length];
        RtpPackets.writeHeader(p, marker, payloadType, seq, timestamp, ssrc);
        System.arraycopy(payload, 0, p, RtpPackets.HEADER, payload.length);
        return p;
    }

    /** The payload of an RTP packet. */
    static byte[] payload(byte[] packet) {
        return Arrays.copyOfRange(packet, RtpPackets.payloadOffset(packet, packet.length), packet.length);
    }

    /** An SDP offer from this peer with the given payload types (telephone-event as 101 when listed). */
    String offer(String direction, int... payloadTypes) {
        StringBuilder formats = new StringBuilder();
        StringBuilder maps = new StringBuilder();
        for (int pt : payloadTypes) {
            formats.append(' ').append(pt);
            maps.append("a=rtpmap:").append(pt).append(switch (pt) {
                case 0 -> " PCMU/8000";
                case 8 -> " PCMA/8000";
                case 101 -> " telephone-event/8000";
                default -> " L16/8000";
            }).append("\r\n");
        }
        return "v=0\r\no=peer 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio " + port()
                + " RTP/AVP" + formats + "\r\n" + maps + "a=" + direction + "\r\n";
    }

    @Override
    public void close() {
        socket.close();
    }
}
