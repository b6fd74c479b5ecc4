package org.parley.sipconnector.media;

/**
 * What one endpoint knows about the RTP it receives, for its RTCP reception report (RFC 3550 §6.4.1, appendix A.1 and
 * A.8): the extended highest sequence number, packets expected and lost, interarrival jitter, and the last sender
 * report heard. Used by the receiving thread and read by the pacing thread under the endpoint's monitor.
 */
final class ReceptionStats {

    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;
    private static final int SEQ_MOD = 1 << 16;

    private boolean started;
    private int ssrc;
    private int maxSeq;
    private long cycles;
    private int baseSeq;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private long lastTransit;
    private double jitter;
    private long lastSenderReport;
    private long lastSenderReportNanos;

    /** An RTP packet of {@code ssrc} with {@code seq} and {@code timestamp} arrived at {@code arrivalSamples}. */
    void received(int ssrc, int seq, long timestamp, long arrivalSamples) {
        if (!started || ssrc != this.ssrc) {
            started = true;
            this.ssrc = ssrc;
            baseSeq = seq;
            maxSeq = seq;
            cycles = 0;
            received = 0;
            expectedPrior = 0;
            receivedPrior = 0;
            lastTransit = arrivalSamples - timestamp;
            jitter = 0;
        }
        int delta = (seq - maxSeq) & 0xFFFF;
        if (delta < MAX_DROPOUT) {
            if (seq < maxSeq) {
                cycles += SEQ_MOD;
            }
            maxSeq = seq;
        } else if (delta <= SEQ_MOD - MAX_MISORDER) {
            baseSeq = seq;
            maxSeq = seq;
            cycles = 0;
            received = 0;
            expectedPrior = 0;
            receivedPrior = 0;
        }
        received++;
        long transit = arrivalSamples - timestamp;
        long d = Math.abs(transit - lastTransit);
        lastTransit = transit;
        jitter += (d - jitter) / 16.0;
    }

    /** A sender report arrived: its NTP timestamp's middle 32 bits, at {@code nanos}. */
    void senderReport(long ntpMiddle, long nanos) {
        lastSenderReport = ntpMiddle & 0xFFFFFFFFL;
        lastSenderReportNanos = nanos;
    }

    boolean started() {
        return started;
    }

    int ssrc() {
        return ssrc;
    }

    long extendedMax() {
        return cycles + maxSeq;
    }

    long expected() {
        return extendedMax() - baseSeq + 1;
    }

    long lost() {
        return Math.max(0, expected() - received);
    }

    long received() {
        return received;
    }

    /** Interarrival jitter in timestamp units. */
    long jitter() {
        return (long) jitter;
    }

    /**
     * Writes a 24-byte report block at {@code at} (RFC 3550 §6.4.1) for the interval since the previous one.
     */
    void writeReportBlock(byte[] b, int at, long nowNanos) {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = received - receivedPrior;
        expectedPrior = expected;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        int fraction = expectedInterval == 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
        long cumulative = Math.min(lost(), 0x7FFFFF);
        RtpPackets.writeInt(b, at, ssrc);
        RtpPackets.writeInt(b, at + 4, (fraction << 24) | (int) cumulative);
        RtpPackets.writeInt(b, at + 8, (int) extendedMax());
        RtpPackets.writeInt(b, at + 12, (int) jitter());
        RtpPackets.writeInt(b, at + 16, (int) lastSenderReport);
        long dlsr = lastSenderReportNanos == 0 ? 0 : (nowNanos - lastSenderReportNanos) * 65536 / 1_000_000_000L;
        RtpPackets.writeInt(b, at + 20, lastSenderReport == 0 ? 0 : (int) dlsr);
    }
}
