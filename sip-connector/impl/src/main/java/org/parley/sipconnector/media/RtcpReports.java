package org.parley.sipconnector.media;

import java.nio.charset.StandardCharsets;

/**
 * Writes Parley's compound RTCP packet (RFC 3550 §6.1): a sender report when the endpoint sent RTP since the last
 * report, a receiver report otherwise, each with a report block once RTP was received, then an SDES with the CNAME;
 * and reads the sender reports a far end sends (for LSR/DLSR).
 */
final class RtcpReports {

    static final int SR = 200;
    static final int RR = 201;
    static final int SDES = 202;
    /** Seconds from 1900 (NTP) to 1970 (Unix). */
    private static final long NTP_EPOCH_OFFSET = 2_208_988_800L;

    private RtcpReports() {
    }

    /**
     * Writes the compound packet into {@code b} and returns its length.
     *
     * @param cname the endpoint's canonical name as ASCII bytes (at most 255)
     */
    static int write(byte[] b, int ssrc, RtpSender sender, ReceptionStats stats, byte[] cname, long nowMillis,
            long nowNanos) {
        boolean sent = sender.packets() > 0;
        boolean block = stats.started();
        int count = block ? 1 : 0;
        int at;
        if (sent) {
            b[0] = (byte) (0x80 | count);
            b[1] = (byte) SR;
            RtpPackets.writeInt(b, 4, ssrc);
            long seconds = nowMillis / 1000 + NTP_EPOCH_OFFSET;
            long fraction = ((nowMillis % 1000) << 32) / 1000;
            RtpPackets.writeInt(b, 8, (int) seconds);
            RtpPackets.writeInt(b, 12, (int) fraction);
            RtpPackets.writeInt(b, 16, (int) sender.timestamp());
            RtpPackets.writeInt(b, 20, (int) sender.packets());
            RtpPackets.writeInt(b, 24, (int) sender.octets());
            at = 28;
        } else {
            b[0] = (byte) (0x80 | count);
            b[1] = (byte) RR;
            RtpPackets.writeInt(b, 4, ssrc);
            at = 8;
        }
        if (block) {
            stats.writeReportBlock(b, at, nowNanos);
            at += 24;
        }
        writeLength(b, 0, at);
        int sdes = at;
        b[at] = (byte) 0x81;
        b[at + 1] = (byte) SDES;
        RtpPackets.writeInt(b, at + 4, ssrc);
        b[at + 8] = 1;
        b[at + 9] = (byte) cname.length;
        System.arraycopy(cname, 0, b, at + 10, cname.length);
        at += 10 + cname.length;
        do {
            b[at++] = 0;
        } while ((at - sdes) % 4 != 0);
        writeLength(b, sdes, at - sdes);
        return at;
    }

    /** A CNAME for an endpoint. */
    static byte[] cname(String endpointId) {
        byte[] bytes = ("parley-" + endpointId).getBytes(StandardCharsets.US_ASCII);
        return bytes.length > 255 ? java.util.Arrays.copyOf(bytes, 255) : bytes;
    }

    /** Reads a compound packet: each sender report found updates {@code stats}. */
    static void read(byte[] b, int length, ReceptionStats stats, long nowNanos) {
        int at = 0;
        while (at + 8 <= length && (b[at] & 0xC0) == 0x80) {
            int words = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            int type = b[at + 1] & 0xFF;
            if (type == SR && at + 20 <= length) {
                long ntpMiddle = ((RtpPackets.readInt(b, at + 8) & 0xFFFFL) << 16)
                        | ((RtpPackets.readInt(b, at + 12) >>> 16) & 0xFFFFL);
                stats.senderReport(ntpMiddle, nowNanos);
            }
            at += 4 * (words + 1);
        }
    }

    private static void writeLength(byte[] b, int at, int bytes) {
        int words = bytes / 4 - 1;
        b[at + 2] = (byte) (words >> 8);
        b[at + 3] = (byte) words;
    }
}
