package org.parley.sipconnector.media.webrtc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SRTP_AES128_CM_HMAC_SHA1_80 against RFC 3711 appendix B.3 (key derivation) and the reference packet of libsrtp's
 * validation test (the same master key and salt as B.3).
 */
class SrtpSessionTest {

    private static final byte[] MASTER_KEY = Hex.bytes("E1F97A0D3E018BE0D64FA32C06DE4139");
    private static final byte[] MASTER_SALT = Hex.bytes("0EC675AD498AFEEBB6960B3AABE6");
    private static final byte[] PLAIN = Hex.bytes("800f1234 decafbad cafebabe abababab abababab abababab abababab");
    private static final byte[] PROTECTED = Hex.bytes("""
            800f1234 decafbad cafebabe 4e55dc4c e79978d8 8ca4d215 949d2402 b78d6acc 99ea179b 8dbb""");

    @Test
    void derivesTheSessionKeysOfRfc3711AppendixB3() {
        SrtpSession.Keys keys = SrtpSession.derive(MASTER_KEY, MASTER_SALT, 0);
        assertArrayEquals(Hex.bytes("C61E7A93744F39EE10734AFE3FF7A087"), keys.cipherKey());
        assertArrayEquals(Hex.bytes("30CBBC08863D8C85D49DB34A9AE1"), keys.salt());
        assertArrayEquals(Hex.bytes("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4"), keys.authKey());
    }

    @Test
    void protectsTheReferencePacket() {
        assertArrayEquals(PROTECTED, new SrtpSession(MASTER_KEY, MASTER_SALT).protectRtp(PLAIN, PLAIN.length));
    }

    @Test
    void unprotectsTheReferencePacketAndRefusesATamperedOne() {
        SrtpSession receiver = new SrtpSession(MASTER_KEY, MASTER_SALT);
        byte[] tampered = PROTECTED.clone();
        tampered[20] ^= 1;
        assertEquals(Optional.empty(), receiver.unprotectRtp(tampered, tampered.length));
        assertArrayEquals(PLAIN, receiver.unprotectRtp(PROTECTED, PROTECTED.length).orElseThrow());
    }

    @Test
    void rtcpRoundTripsAndIsEncrypted() {
        byte[] report = Hex.bytes("81c8000b cafebabe abababab abababab abababab abababab");
        byte[] secured = new SrtpSession(MASTER_KEY, MASTER_SALT).protectRtcp(report, report.length);
        assertEquals(report.length + 14, secured.length);
        assertArrayEquals(Arrays.copyOf(report, 8), Arrays.copyOf(secured, 8));
        assertEquals(false, Arrays.equals(Arrays.copyOfRange(report, 8, 24), Arrays.copyOfRange(secured, 8, 24)));
        assertArrayEquals(report,
                new SrtpSession(MASTER_KEY, MASTER_SALT).unprotectRtcp(secured, secured.length).orElseThrow());
    }
}
