package org.parley.sipconnector.media.webrtc;

import java.security.MessageDigest;
import java.util.Optional;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * One direction of SRTP and SRTCP with the profile SRTP_AES128_CM_HMAC_SHA1_80 (RFC 3711): session keys derived
 * from a master key and salt (key derivation rate 0), AES counter mode and a 80-bit HMAC-SHA1 tag, composed from
 * BouncyCastle's AES, SIC (counter) mode and HMAC. For sending, one instance protects; for receiving, another
 * unprotects and follows the rollover counter. Not thread-safe: one thread per direction.
 */
public final class SrtpSession {

    static final int KEY_LENGTH = 16;
    static final int SALT_LENGTH = 14;
    static final int TAG_LENGTH = 10;
    private static final int RTCP_INDEX_LENGTH = 4;

    private final Keys rtp;
    private final Keys rtcp;
    private int rollover;
    private int highestSequence = -1;
    private int rtcpIndex;

    /** The session keys of one stream kind (RTP or RTCP): labels 0-2 or 3-5. */
    record Keys(byte[] cipherKey, byte[] salt, byte[] authKey) {
    }

    public SrtpSession(byte[] masterKey, byte[] masterSalt) {
        if (masterKey.length != KEY_LENGTH || masterSalt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("SRTP_AES128_CM_HMAC_SHA1_80 needs a 16-byte key and 14-byte salt");
        }
        this.rtp = derive(masterKey, masterSalt, 0);
        this.rtcp = derive(masterKey, masterSalt, 3);
    }

    static Keys derive(byte[] masterKey, byte[] masterSalt, int firstLabel) {
        return new Keys(derive(masterKey, masterSalt, firstLabel, KEY_LENGTH),
                derive(masterKey, masterSalt, firstLabel + 2, SALT_LENGTH),
                derive(masterKey, masterSalt, firstLabel + 1, 20));
    }

    /** RFC 3711 section 4.3.1 with r = 0: AES-CM of zeros under IV = (label at byte 7 XOR master salt) * 2^16. */
    private static byte[] derive(byte[] masterKey, byte[] masterSalt, int label, int length) {
        byte[] iv = new byte[16];
        System.arraycopy(masterSalt, 0, iv, 0, SALT_LENGTH);
        iv[7] ^= (byte) label;
        byte[] out = new byte[length];
        cipher(masterKey, iv).processBytes(new byte[length], 0, length, out, 0);
        return out;
    }

    Keys rtpKeys() {
        return rtp;
    }

    private static StreamCipher cipher(byte[] key, byte[] iv) {
        StreamCipher cipher = SICBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(true, new ParametersWithIV(new KeyParameter(key), iv));
        return cipher;
    }

    /** The counter-mode IV: salt XOR SSRC at bytes 4-7 XOR the 48-bit index at bytes 8-13. */
    private static byte[] iv(byte[] salt, long ssrc, long index) {
        byte[] iv = new byte[16];
        System.arraycopy(salt, 0, iv, 0, SALT_LENGTH);
        for (int i = 0; i < 4; i++) {
            iv[4 + i] ^= (byte) (ssrc >>> (24 - 8 * i));
        }
        for (int i = 0; i < 6; i++) {
            iv[8 + i] ^= (byte) (index >>> (40 - 8 * i));
        }
        return iv;
    }

    private static byte[] tag(byte[] authKey, byte[] packet, int length, Optional<Integer> rollover) {
        HMac mac = new HMac(new SHA1Digest());
        mac.init(new KeyParameter(authKey));
        mac.update(packet, 0, length);
        rollover.ifPresent(roc -> {
            for (int i = 0; i < 4; i++) {
                mac.update((byte) (roc >>> (24 - 8 * i)));
            }
        });
        byte[] full = new byte[mac.getMacSize()];
        mac.doFinal(full, 0);
        byte[] tag = new byte[TAG_LENGTH];
        System.arraycopy(full, 0, tag, 0, TAG_LENGTH);
        return tag;
    }

    private static long ssrc(byte[] packet, int at) {
        return ((packet[at] & 0xffL) << 24) | ((packet[at + 1] & 0xff) << 16) | ((packet[at + 2] & 0xff) << 8)
                | (packet[at + 3] & 0xff);
    }

    /** Where an RTP packet's payload starts (after CSRCs and a header extension), or -1 if it is too short. */
    static int payloadOffset(byte[] packet, int length) {
        if (length < 12) {
            return -1;
        }
        int offset = 12 + 4 * (packet[0] & 0x0f);
        if ((packet[0] & 0x10) != 0) {
            if (length < offset + 4) {
                return -1;
            }
            offset += 4 + 4 * (((packet[offset + 2] & 0xff) << 8) | (packet[offset + 3] & 0xff));
        }
        return offset <= length ? offset : -1;
    }

    // ---- RTP

    /** The SRTP packet for the plain RTP packet in {@code packet[0..length)}: payload encrypted, tag appended. */
    public byte[] protectRtp(byte[] packet, int length) {
        int offset = payloadOffset(packet, length);
        if (offset < 0) {
            throw new IllegalArgumentException("not an RTP packet");
        }
        int sequence = ((packet[2] & 0xff) << 8) | (packet[3] & 0xff);
        if (highestSequence >= 0 && sequence < highestSequence && highestSequence - sequence > 0x8000) {
            rollover++;
        }
        highestSequence = sequence;
        long index = ((long) rollover << 16) | sequence;
        byte[] out = new byte[length + TAG_LENGTH];
        System.arraycopy(packet, 0, out, 0, offset);
        cipher(rtp.cipherKey(), iv(rtp.salt(), ssrc(packet, 8), index))
                .processBytes(packet, offset, length - offset, out, offset);
        System.arraycopy(tag(rtp.authKey(), out, length, Optional.of(rollover)), 0, out, length, TAG_LENGTH);
        return out;
    }

    /** The plain RTP packet inside the SRTP packet, or nothing if its tag does not verify. */
    public Optional<byte[]> unprotectRtp(byte[] packet, int length) {
        int plainLength = length - TAG_LENGTH;
        int offset = payloadOffset(packet, plainLength);
        if (offset < 0) {
            return Optional.empty();
        }
        int sequence = ((packet[2] & 0xff) << 8) | (packet[3] & 0xff);
        int guess = guessRollover(sequence);
        byte[] expected = tag(rtp.authKey(), packet, plainLength, Optional.of(guess));
        byte[] actual = new byte[TAG_LENGTH];
        System.arraycopy(packet, plainLength, actual, 0, TAG_LENGTH);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        long index = ((long) guess << 16) | sequence;
        byte[] out = new byte[plainLength];
        System.arraycopy(packet, 0, out, 0, offset);
        cipher(rtp.cipherKey(), iv(rtp.salt(), ssrc(packet, 8), index))
                .processBytes(packet, offset, plainLength - offset, out, offset);
        if (highestSequence < 0 || guess > rollover || (guess == rollover && sequence > highestSequence)) {
            rollover = guess;
            highestSequence = sequence;
        }
        return Optional.of(out);
    }

    /** RFC 3711 section 3.3.1: the rollover counter the sender most likely used for {@code sequence}. */
    private int guessRollover(int sequence) {
        if (highestSequence < 0) {
            return rollover;
        }
        if (highestSequence < 0x8000) {
            return sequence - highestSequence > 0x8000 ? rollover - 1 : rollover;
        }
        return highestSequence - 0x8000 > sequence ? rollover + 1 : rollover;
    }

    // ---- RTCP (rtcp-mux: the same port, the same master key)

    /** The SRTCP packet: everything after the first 8 bytes encrypted, E flag + index and tag appended. */
    public byte[] protectRtcp(byte[] packet, int length) {
        if (length < 8) {
            throw new IllegalArgumentException("not an RTCP packet");
        }
        int index = rtcpIndex;
        rtcpIndex = (rtcpIndex + 1) & 0x7fffffff;
        byte[] out = new byte[length + RTCP_INDEX_LENGTH + TAG_LENGTH];
        System.arraycopy(packet, 0, out, 0, 8);
        cipher(rtcp.cipherKey(), iv(rtcp.salt(), ssrc(packet, 4), index))
                .processBytes(packet, 8, length - 8, out, 8);
        int e = index | 0x80000000;
        for (int i = 0; i < 4; i++) {
            out[length + i] = (byte) (e >>> (24 - 8 * i));
        }
        System.arraycopy(tag(rtcp.authKey(), out, length + RTCP_INDEX_LENGTH, Optional.empty()), 0, out,
                length + RTCP_INDEX_LENGTH, TAG_LENGTH);
        return out;
    }

    /** The plain RTCP packet inside the SRTCP packet, or nothing if its tag does not verify. */
    public Optional<byte[]> unprotectRtcp(byte[] packet, int length) {
        int authenticated = length - TAG_LENGTH;
        int plainLength = authenticated - RTCP_INDEX_LENGTH;
        if (plainLength < 8) {
            return Optional.empty();
        }
        byte[] expected = tag(rtcp.authKey(), packet, authenticated, Optional.empty());
        byte[] actual = new byte[TAG_LENGTH];
        System.arraycopy(packet, authenticated, actual, 0, TAG_LENGTH);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        long e = ssrc(packet, plainLength);
        byte[] out = new byte[plainLength];
        System.arraycopy(packet, 0, out, 0, plainLength);
        if ((e & 0x80000000L) != 0) {
            cipher(rtcp.cipherKey(), iv(rtcp.salt(), ssrc(packet, 4), e & 0x7fffffffL))
                    .processBytes(packet, 8, plainLength - 8, out, 8);
        }
        return Optional.of(out);
    }
}
