package org.parley.sipconnector.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes received G.711 audio to a WAV file as 8 kHz 16-bit linear PCM mono: a header with sizes left open, the
 * samples as they arrive, and the sizes filled in on {@link #close()}. One conversion buffer, reused.
 */
final class WavRecorder implements AutoCloseable {

    private static final int HEADER = 44;

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(2 * RtpSender.MAX_PAYLOAD).order(ByteOrder.LITTLE_ENDIAN);
    private long dataBytes;

    WavRecorder(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        channel.write(header(0));
    }

    /** Appends {@code length} codes of payload type {@code payloadType}. */
    void write(int payloadType, byte[] codes, int offset, int length) throws IOException {
        buffer.clear();
        int n = Math.min(length, RtpSender.MAX_PAYLOAD);
        for (int i = 0; i < n; i++) {
            buffer.putShort(G711.toLinear(payloadType, codes[offset + i]));
        }
        buffer.flip();
        dataBytes += buffer.remaining();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    Path file() {
        return file;
    }

    /** Completes the header and closes the file. */
    @Override
    public void close() throws IOException {
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
