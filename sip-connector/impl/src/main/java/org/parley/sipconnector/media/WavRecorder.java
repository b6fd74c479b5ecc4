package org.parley.sipconnector.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes received G.711 audio to a WAV file as 8 kHz 16-bit linear PCM mono: a header with sizes left open, the
 * samples as they arrive, and the sizes filled in on {@link #close()}. One conversion buffer, reused. With a silence
 * limit, each packet is measured ({@link SilenceDetector}); once silence was reported, {@link #close()} trims the
 * trailing silence, keeping {@link #KEPT_SILENCE_SAMPLES} after the last sound.
 */
final class WavRecorder implements AutoCloseable {

    private static final int HEADER = 44;
    /** A quarter of a second of the silence kept after the last sound, so that the message does not end abruptly. */
    static final int KEPT_SILENCE_SAMPLES = 2000;

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(2 * RtpSender.MAX_PAYLOAD).order(ByteOrder.LITTLE_ENDIAN);
    private final SilenceDetector silence;
    private long dataBytes;

    WavRecorder(Path file) throws IOException {
        this(file, SilenceDetector.off());
    }

    WavRecorder(Path file, SilenceDetector silence) throws IOException {
        this.file = file;
        this.silence = silence;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        channel.write(header(0));
    }

    /**
     * Appends {@code length} codes of payload type {@code payloadType}.
     *
     * @return true when this packet made the silence reach its limit (once)
     */
    boolean write(int payloadType, byte[] codes, int offset, int length) throws IOException {
        buffer.clear();
        int n = Math.min(length, RtpSender.MAX_PAYLOAD);
        long amplitude = 0;
        for (int i = 0; i < n; i++) {
            short sample = G711.toLinear(payloadType, codes[offset + i]);
            amplitude += Math.abs(sample);
            buffer.putShort(sample);
        }
        buffer.flip();
        boolean silent = n > 0 && silence.frame((int) (amplitude / n), n);
        dataBytes += buffer.remaining();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        return silent;
    }

    Path file() {
        return file;
    }

    /** Completes the header and closes the file. */
    @Override
    public void close() throws IOException {
        if (silence.reported()) {
            dataBytes = Math.min(dataBytes, 2 * (silence.soundEnd() + KEPT_SILENCE_SAMPLES));
            channel.truncate(HEADER + dataBytes);
        }
        try (channel) {
            channel.write(header(dataBytes), 0);
        }
    }

    private static ByteBuffer header(long dataBytes) {
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {'R', 'I', 'F', 'F'}).putInt((int) (36 + dataBytes)).put(new byte[] {'W', 'A', 'V', 'E'});
        h.put(new byte[] {'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000)
                .putInt(16000).putShort((short) 2).putShort((short) 16);
        h.put(new byte[] {'d', 'a', 't', 'a'}).putInt((int) dataBytes);
        return h.flip();
    }
}
