package org.parley.sipconnector.media;

/**
 * ITU-T G.711 µ-law and A-law: 16-bit linear samples to 8-bit codes and back, and code-to-code conversion tables for
 * relaying between a µ-law and an A-law leg without touching linear samples on the hot path.
 */
public final class G711 {

    /** RTP static payload type of µ-law (RFC 3551). */
    public static final int PCMU = 0;
    /** RTP static payload type of A-law (RFC 3551). */
    public static final int PCMA = 8;
    /** µ-law code of silence. */
    public static final byte ULAW_SILENCE = (byte) 0xFF;

    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32635;
    private static final short[] ULAW_TO_LINEAR = new short[256];
    private static final short[] ALAW_TO_LINEAR = new short[256];
    private static final byte[] ULAW_TO_ALAW = new byte[256];
    private static final byte[] ALAW_TO_ULAW = new byte[256];

    static {
        for (int code = 0; code < 256; code++) {
            ULAW_TO_LINEAR[code] = (short) computeUlawToLinear(code);
            ALAW_TO_LINEAR[code] = (short) computeAlawToLinear(code);
        }
        for (int code = 0; code < 256; code++) {
            ULAW_TO_ALAW[code] = linearToAlaw(ULAW_TO_LINEAR[code]);
            ALAW_TO_ULAW[code] = linearToUlaw(ALAW_TO_LINEAR[code]);
        }
    }

    private G711() {
    }

    /** Encodes a 16-bit linear sample as µ-law. */
    public static byte linearToUlaw(int sample) {
        int pcm = sample;
        int sign = (pcm >> 8) & 0x80;
        if (sign != 0) {
            pcm = -pcm;
        }
        if (pcm > ULAW_CLIP) {
            pcm = ULAW_CLIP;
        }
        pcm += ULAW_BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (pcm >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    /** Encodes a 16-bit linear sample as A-law. */
    public static byte linearToAlaw(int sample) {
        int pcm = sample >> 3;
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int segment = 0;
        while (segment < 8 && pcm > (0x20 << segment) - 1) {
            segment++;
        }
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int code = segment << 4;
        code |= segment < 2 ? (pcm >> 1) & 0x0F : (pcm >> segment) & 0x0F;
        return (byte) (code ^ mask);
    }

    /** The linear value of a µ-law code. */
    public static short ulawToLinear(byte code) {
        return ULAW_TO_LINEAR[code & 0xFF];
    }

    /** The linear value of an A-law code. */
    public static short alawToLinear(byte code) {
        return ALAW_TO_LINEAR[code & 0xFF];
    }

    /** The linear value of a code of payload type {@code payloadType} ({@link #PCMU} or {@link #PCMA}). */
    public static short toLinear(int payloadType, byte code) {
        return payloadType == PCMA ? ALAW_TO_LINEAR[code & 0xFF] : ULAW_TO_LINEAR[code & 0xFF];
    }

    /**
     * Copies {@code length} codes from {@code from} to {@code to}, converting them from payload type {@code fromType}
     * to {@code toType} (a plain copy when they are the same).
     */
    public static void convert(int fromType, byte[] from, int fromOffset, int toType, byte[] to, int toOffset,
            int length) {
        if (fromType == toType) {
            System.arraycopy(from, fromOffset, to, toOffset, length);
            return;
        }
        byte[] table = fromType == PCMU ? ULAW_TO_ALAW : ALAW_TO_ULAW;
        for (int i = 0; i < length; i++) {
            to[toOffset + i] = table[from[fromOffset + i] & 0xFF];
        }
    }

    private static int computeUlawToLinear(int code) {
        int u = ~code & 0xFF;
        int sign = u & 0x80;
        int exponent = (u >> 4) & 0x07;
        int mantissa = u & 0x0F;
        int sample = (((mantissa << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
        return sign != 0 ? -sample : sample;
    }

    private static int computeAlawToLinear(int code) {
        int a = code ^ 0x55;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        switch (segment) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> t = (t + 0x108) << (segment - 1);
        }
        return (a & 0x80) != 0 ? t : -t;
    }
}
