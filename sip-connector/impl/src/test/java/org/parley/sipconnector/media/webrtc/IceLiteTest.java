package org.parley.sipconnector.media.webrtc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ICE-lite STUN responder against the test vectors of RFC 5769. */
class IceLiteTest {

    /** RFC 5769 section 2.1: a Binding request, USERNAME "evtj:h6vY", password below. */
    private static final byte[] REQUEST = Hex.bytes("""
            00010058 2112a442 b7e7a701 bc34d686 fa87dfae 80220010 5354554e 20746573 7420636c 69656e74
            00240004 6e0001ff 80290008 932ff9b1 51263b36 00060009 6576746a 3a683676 59202020
            00080014 9aeaa70c bfd8cb56 781ef2b5 b2d3f249 c1b571a2 80280004 e57a3bcf""");
    private static final String PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";

    /** RFC 5769 section 2.2: the IPv4 response (mapped address 192.0.2.1:32853). */
    private static final byte[] RESPONSE = Hex.bytes("""
            0101003c 2112a442 b7e7a701 bc34d686 fa87dfae 8022000b 74657374 20766563 746f7220
            00200008 0001a147 e112a643 00080014 2b91f599 fd9e90c3 8c7489f9 2af9ba53 f06be7d7
            80280004 c07d4c96""");

    @Test
    void theRfc5769RequestIsValid() {
        StunBinding.Message request = StunBinding.parse(REQUEST, REQUEST.length).orElseThrow();
        assertEquals(StunBinding.BINDING_REQUEST, request.type());
        assertEquals(Optional.of("evtj:h6vY"), request.username());
        assertTrue(StunBinding.integrityValid(REQUEST, request, PASSWORD));
        assertTrue(StunBinding.fingerprintValid(REQUEST, request));
        assertFalse(StunBinding.integrityValid(REQUEST, request, "wrong"));
    }

    @Test
    void theRfc5769ResponseIsValidAndItsMappedAddressIsWhatParleyWrites() throws Exception {
        StunBinding.Message response = StunBinding.parse(RESPONSE, RESPONSE.length).orElseThrow();
        assertEquals(StunBinding.BINDING_SUCCESS, response.type());
        assertTrue(StunBinding.integrityValid(RESPONSE, response, PASSWORD));
        assertTrue(StunBinding.fingerprintValid(RESPONSE, response));
        byte[] written = StunBinding.xorMappedAddress(
                new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853), response.transaction());
        assertArrayEquals(Hex.bytes("0001a147e112a643"), written);
    }

    @Test
    void answersTheRequestWithASignedResponseAndLatches() throws Exception {
        IceLite ice = new IceLite("evtj", PASSWORD);
        InetSocketAddress browser = new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853);

        byte[] answer = ice.answer(REQUEST, REQUEST.length, browser).orElseThrow();

        StunBinding.Message response = StunBinding.parse(answer, answer.length).orElseThrow();
        assertEquals(StunBinding.BINDING_SUCCESS, response.type());
        assertArrayEquals(Arrays.copyOfRange(REQUEST, 8, 20), response.transaction());
        assertTrue(StunBinding.integrityValid(answer, response, PASSWORD));
        assertTrue(StunBinding.fingerprintValid(answer, response));
        assertArrayEquals(Hex.bytes("00200008 0001a147e112a643"), Arrays.copyOfRange(answer, 20, 32));
        assertEquals(Optional.of(browser), ice.checkedAddress());
    }

    @Test
    void ignoresAnotherUfragABadPasswordAndABrokenFingerprint() throws Exception {
        InetSocketAddress browser = new InetSocketAddress(InetAddress.getLoopbackAddress(), 5000);
        assertEquals(Optional.empty(), new IceLite("other", PASSWORD).answer(REQUEST, REQUEST.length, browser));
        assertEquals(Optional.empty(), new IceLite("evtj", "wrong").answer(REQUEST, REQUEST.length, browser));
        byte[] broken = REQUEST.clone();
        broken[broken.length - 1] ^= 1;
        IceLite ice = new IceLite("evtj", PASSWORD);
        assertEquals(Optional.empty(), ice.answer(broken, broken.length, browser));
        assertEquals(Optional.empty(), ice.checkedAddress());
    }

    @Test
    void tellsStunDtlsRtpAndRtcpApartOnOnePort() {
        assertEquals(PacketKind.STUN, PacketKind.of(REQUEST, REQUEST.length));
        assertEquals(PacketKind.DTLS, PacketKind.of(new byte[] {22, (byte) 0xfe, (byte) 0xfd}, 3));
        assertEquals(PacketKind.RTP, PacketKind.of(new byte[] {(byte) 0x80, 0, 0, 1}, 4));
        assertEquals(PacketKind.RTP, PacketKind.of(new byte[] {(byte) 0x80, (byte) 0xe5, 0, 1}, 4));
        assertEquals(PacketKind.RTCP, PacketKind.of(new byte[] {(byte) 0x81, (byte) 0xc8, 0, 6}, 4));
        assertEquals(PacketKind.UNKNOWN, PacketKind.of(new byte[] {70}, 1));
    }
}
