package org.parley.sipconnector.media;

/**
 * Reads and writes the fixed RTP header (RFC 3550 §5.1) in a byte array, without allocating: version 2, no padding,
 * no extension and no CSRC when writing; extension and CSRCs skipped when reading.
 */
public final class RtpPackets {

    /** Length of the header Parley writes. */
    public static final int HEADER = 12;

    private RtpPackets() {
    }

    /** Writes a header at the start of {@code packet}. */
    public static void writeHeader(byte[] packet, boolean marker, int payloadType, int sequence, long timestamp,
            int ssrc) {
        packet[0] = (byte) 0x80;
        packet[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        writeInt(packet, 4, (int) timestamp);
        writeInt(packet, 8, ssrc);
    }

    /** Whether {@code length} bytes are an RTP packet of version 2 with a whole header. */
    public static boolean valid(byte[] packet, int length) {
        return length >= HEADER && (packet[0] & 0xC0) == 0x80 && payloadOffset(packet, length) <= length;
    }

    public static boolean marker(byte[] packet) {
        return (packet[1] & 0x80) != 0;
    }

    public static int payloadType(byte[] packet) {
        return packet[1] & 0x7F;
    }

    public static int sequence(byte[] packet) {
        return ((packet[2] & 0xFF) << 8) | (packet[3] & 0xFF);
    }

    public static long timestamp(byte[] packet) {
        return readInt(packet, 4) & 0xFFFFFFFFL;
    }

    public static int ssrc(byte[] packet) {
        return readInt(packet, 8);
    }

    /** Where the payload starts: after the CSRCs and the header extension, if any. */
    public static int payloadOffset(byte[] packet, int length) {
        int offset = HEADER + 4 * (packet[0] & 0x0F);
        if ((packet[0] & 0x10) != 0) {
            if (offset + 4 > length) {
                return Integer.MAX_VALUE;
            }
            offset += 4 + 4 * (((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF));
        }
        return offset;
    }

    /** Length of the payload without padding. */
    public static int payloadEnd(byte[] packet, int length) {
        if ((packet[0] & 0x20) != 0 && length > HEADER) {
            return length - (packet[length - 1] & 0xFF);
        }
        return length;
    }

    static void writeInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >> 24);
        b[at + 1] = (byte) (value >> 16);
        b[at + 2] = (byte) (value >> 8);
        b[at + 3] = (byte) value;
    }

    static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
