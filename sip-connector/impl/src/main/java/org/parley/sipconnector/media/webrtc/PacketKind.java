package org.parley.sipconnector.media.webrtc;

/**
 * What arrived on a WebRTC endpoint's one port, told apart by the first byte (RFC 7983, section 7) and, for
 * RTP/RTCP, by the payload type range RTCP uses under rtcp-mux (RFC 5761, section 4).
 */
public enum PacketKind {
    STUN, DTLS, RTP, RTCP, UNKNOWN;

    /** The kind of the {@code length} bytes of {@code packet}. */
    public static PacketKind of(byte[] packet, int length) {
        if (length < 1) {
            return UNKNOWN;
        }
        int first = packet[0] & 0xff;
        if (first <= 3) {
            return length >= 20 ? STUN : UNKNOWN;
        }
        if (first >= 20 && first <= 63) {
            return DTLS;
        }
        if (first >= 128 && first <= 191) {
            if (length < 2) {
                return UNKNOWN;
            }
            int type = packet[1] & 0x7f;
            return type >= 64 && type <= 95 ? RTCP : RTP;
        }
        return UNKNOWN;
    }
}
