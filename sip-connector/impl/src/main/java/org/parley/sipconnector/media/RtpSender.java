package org.parley.sipconnector.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sending half of an endpoint's RTP stream: one random SSRC, sequence numbers continuous across everything it
 * sends (relayed audio, sounds, key presses) and timestamps advanced by the samples sent, never by the clock. One
 * packet buffer, reused for every packet. Callers hold the endpoint's monitor.
 */
final class RtpSender {

    private static final Logger LOG = Logger.getLogger(RtpSender.class.getName());
    /** Longest payload relayed: 60 ms of G.711. */
    static final int MAX_PAYLOAD = 480;

    private final DatagramChannel channel;
    private final int ssrc;
    private final byte[] packet = new byte[RtpPackets.HEADER + MAX_PAYLOAD];
    private final ByteBuffer buffer = ByteBuffer.wrap(packet);
    private int sequence;
    private long timestamp;
    private long packets;
    private long octets;
    private long sendFailures;
    private org.parley.sipconnector.media.webrtc.WebRtcTransport secure;
    private boolean talkspurt = true;

    RtpSender(DatagramChannel channel) {
        this.channel = channel;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.ssrc = random.nextInt();
        this.sequence = random.nextInt(1 << 16);
        this.timestamp = random.nextInt() & 0xFFFFFFFFL;
    }

    /**
     * Sends {@code length} samples of payload type {@code fromType} as payload type {@code toType} to {@code to},
     * converting between µ-law and A-law when they differ. The timestamp then advances by {@code length} samples.
     */
    void audio(InetSocketAddress to, int toType, int fromType, byte[] samples, int offset, int length) {
        int n = Math.min(length, MAX_PAYLOAD);
        RtpPackets.writeHeader(packet, talkspurt, toType, sequence, timestamp, ssrc);
        G711.convert(fromType, samples, offset, toType, packet, RtpPackets.HEADER, n);
        talkspurt = false;
        send(to, RtpPackets.HEADER + n);
        timestamp = (timestamp + n) & 0xFFFFFFFFL;
    }

    /**
     * Sends one telephone-event packet (RFC 4733 §2.5) with the event's own timestamp {@code eventTimestamp};
     * {@code first} sets the marker bit.
     */
    void event(InetSocketAddress to, int payloadType, long eventTimestamp, boolean first, int code, boolean end,
            int duration) {
        RtpPackets.writeHeader(packet, first, payloadType, sequence, eventTimestamp, ssrc);
        TelephoneEvents.write(packet, RtpPackets.HEADER, code, end, duration);
        send(to, RtpPackets.HEADER + TelephoneEvents.LENGTH);
    }

    /** The next audio packet starts a talkspurt (marker bit): after a sound starts or the source changed. */
    void newTalkspurt() {
        talkspurt = true;
    }

    /** Moves the timestamp forward, e.g. past a key press sent as events. */
    void advance(long samples) {
        timestamp = (timestamp + samples) & 0xFFFFFFFFL;
    }

    /** From now on, packets go out SRTP-protected through {@code transport} (a WebRTC endpoint). */
    void secure(org.parley.sipconnector.media.webrtc.WebRtcTransport transport) {
        secure = transport;
    }

    private void send(InetSocketAddress to, int length) {
        buffer.clear().limit(length);
        sequence = (sequence + 1) & 0xFFFF;
        packets++;
        octets += length - RtpPackets.HEADER;
        if (secure != null) {
            secure.sendRtp(packet, length);
            return;
        }
        try {
            channel.send(buffer, to);
        } catch (IOException e) {
            if (sendFailures++ == 0) {
                LOG.log(Level.FINE, "RTP to {0} not sent: {1}", new Object[] {to, e.getMessage()});
            }
        }
    }

    int ssrc() {
        return ssrc;
    }

    int sequence() {
        return sequence;
    }

    long timestamp() {
        return timestamp;
    }

    long packets() {
        return packets;
    }

    long octets() {
        return octets;
    }
}
