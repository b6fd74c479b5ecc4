package org.parley.e2e.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;

/**
 * A phone's RTP port for tests that drive SIP by hand ({@code SipPhone}): receives PCMU packets on loopback and gives
 * what was heard as samples (µ-law decoded, G.711), to compare with {@link AudioMatch}.
 */
public final class RtpListener implements AutoCloseable {

    private static final int HEADER = 12;

    private final DatagramSocket socket;
    private final ByteArrayOutputStream payload = new ByteArrayOutputStream();
    private final Thread receiver;

    public RtpListener() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        receiver = new Thread(this::receive, "rtp-listener-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The PCMU audio received so far, decoded to samples in [-1, 1]. */
    public float[] heard() {
        byte[] ulaw;
        synchronized (payload) {
            ulaw = payload.toByteArray();
        }
        float[] samples = new float[ulaw.length];
        for (int i = 0; i < ulaw.length; i++) {
            samples[i] = decode(ulaw[i]) / 32768f;
        }
        return samples;
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(p);
            } catch (IOException closed) {
                return; // the socket was closed: the test is over
            }
            int payloadType = buffer[1] & 0x7f;
            int csrcs = buffer[0] & 0x0f;
            int start = HEADER + 4 * csrcs;
            if (payloadType == 0 && p.getLength() > start) {
                synchronized (payload) {
                    payload.write(buffer, start, p.getLength() - start);
                }
            }
        }
    }

    /** G.711 µ-law to 16-bit linear (ITU-T G.711: complemented code, bias 0x84). */
    static int decode(byte code) {
        int u = ~code & 0xff;
        int exponent = (u >> 4) & 0x07;
        int mantissa = u & 0x0f;
        int magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
        return (u & 0x80) != 0 ? -magnitude : magnitude;
    }

    @Override
    public void close() {
        socket.close();
    }
}
