package org.parley.voicemail.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The 44-byte header of an 8 kHz mono 16-bit PCM WAV file. */
final class Wav {

    private Wav() {
    }

    /** Writes the header for {@code dataBytes} of samples into the first 44 bytes of {@code file}. */
    static void writeHeader(byte[] file, int dataBytes) {
        ByteBuffer b = ByteBuffer.wrap(file, 0, VoicemailSpool.WAV_HEADER).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(VoicemailSpool.BYTES_PER_SECOND).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
    }
}
