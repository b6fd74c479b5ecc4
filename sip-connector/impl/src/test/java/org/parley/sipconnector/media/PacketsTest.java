package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.Test;

/** RTP headers, RFC 4733 payloads and RTCP reports as bytes on the wire. */
class PacketsTest {

    @Test
    void rtpHeaderIsWrittenAndReadBack() {
        byte[] p = new byte[20];
        RtpPackets.writeHeader(p, true, 8, 65535, 0xFFFFFFF0L, 0xCAFEBABE);
        assertEquals((byte) 0x80, p[0]);
        assertEquals((byte) 0x88, p[1]);
        assertTrue(RtpPackets.valid(p, 20));
        assertTrue(RtpPackets.marker(p));
        assertEquals(8, RtpPackets.payloadType(p));
        assertEquals(65535, RtpPackets.sequence(p));
        assertEquals(0xFFFFFFF0L, RtpPackets.timestamp(p));
        assertEquals(0xCAFEBABE, RtpPackets.ssrc(p));
        assertEquals(12, RtpPackets.payloadOffset(p, 20));
    }

    @Test
    void csrcsExtensionAndPaddingAreSkipped() {
        byte[] p = new byte[12 + 4 + 8 + 4 + 4];
        RtpPackets.writeHeader(p, false, 0, 1, 2, 3);
        p[0] = (byte) (0x80 | 0x20 | 0x10 | 1);
        p[12 + 4 + 2] = 0;
        p[12 + 4 + 3] = 1;
        p[p.length - 1] = 4;
        assertEquals(12 + 4 + 8, RtpPackets.payloadOffset(p, p.length));
        assertEquals(p.length - 4, RtpPackets.payloadEnd(p, p.length));
        assertFalse(RtpPackets.valid(new byte[] {0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 12), "version 1");
        assertFalse(RtpPackets.valid(p, 11), "too short");
    }

    @Test
    void telephoneEventPayloadFollowsRfc4733() {
        byte[] p = new byte[4];
        TelephoneEvents.write(p, 0, TelephoneEvents.code('#'), true, 800);
        assertEquals(11, p[0]);
        assertEquals((byte) (0x80 | 10), p[1]);
        assertEquals(800, TelephoneEvents.duration(p, 0));
        assertTrue(TelephoneEvents.end(p, 0));
        assertEquals('#', TelephoneEvents.digit(TelephoneEvents.code(p, 0)));
        assertEquals('D', TelephoneEvents.digit(15));
        assertEquals(0, TelephoneEvents.digit(16), "flash is no key");
        assertEquals(-1, TelephoneEvents.code('x'));
    }

    @Test
    void senderReportCarriesCountsAReportBlockAndTheCname() throws IOException {
        try (DatagramChannel channel = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            RtpSender sender = new RtpSender(channel);
            InetSocketAddress nowhere = (InetSocketAddress) channel.getLocalAddress();
            sender.audio(nowhere, 0, 0, new byte[160], 0, 160);
            sender.audio(nowhere, 0, 0, new byte[160], 0, 160);
            ReceptionStats stats = new ReceptionStats();
            for (int seq = 100; seq < 110; seq++) {
                if (seq != 104) {
                    stats.received(0x1234, seq, seq * 160L, seq * 160L);
                }
            }
            byte[] b = new byte[128];
            int length = RtcpReports.write(b, sender.ssrc(), sender, stats, RtcpReports.cname("m1"), 0, 0);
            assertEquals(200, b[1] & 0xFF, "SR");
            assertEquals(0x81, b[0] & 0xFF, "one report block");
            assertEquals(sender.ssrc(), RtpPackets.readInt(b, 4));
            assertEquals(2, RtpPackets.readInt(b, 20), "packet count");
            assertEquals(320, RtpPackets.readInt(b, 24), "octet count");
            assertEquals(0x1234, RtpPackets.readInt(b, 28), "block for the source heard");
            assertEquals(1, RtpPackets.readInt(b, 32) & 0xFFFFFF, "cumulative lost");
            assertEquals(109, RtpPackets.readInt(b, 36), "extended highest sequence");
            assertEquals(202, b[53] & 0xFF, "SDES follows");
            assertEquals(0, length % 4);
            assertEquals("parley-m1", new String(b, 52 + 10, b[52 + 9]));
        }
    }

    @Test
    void receiverReportWhenNothingWasSentAndSenderReportsAreRead() throws IOException {
        try (DatagramChannel channel = DatagramChannel.open()) {
            RtpSender sender = new RtpSender(channel);
            ReceptionStats stats = new ReceptionStats();
            byte[] b = new byte[128];
            RtcpReports.write(b, 7, sender, stats, RtcpReports.cname("m2"), 0, 0);
            assertEquals(201, b[1] & 0xFF, "RR");
            assertEquals(0x80, b[0] & 0xFF, "no block before anything was heard");

            byte[] sr = new byte[28];
            sr[0] = (byte) 0x80;
            sr[1] = (byte) 200;
            sr[3] = 6;
            RtpPackets.writeInt(sr, 8, 0x11223344);
            RtpPackets.writeInt(sr, 12, 0x55667788);
            stats.received(9, 1, 0, 0);
            RtcpReports.read(sr, sr.length, stats, 1_000_000_000L);
            byte[] rr = new byte[128];
            RtcpReports.write(rr, 7, sender, stats, RtcpReports.cname("m2"), 0, 1_500_000_000L);
            assertEquals(0x33445566, RtpPackets.readInt(rr, 8 + 16), "LSR: middle 32 bits of the NTP time");
            assertEquals(32768, RtpPackets.readInt(rr, 8 + 20), "DLSR: 0.5 s in 1/65536 s");
        }
    }
}
