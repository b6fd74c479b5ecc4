package org.parley.sipconnector.media.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parley's answer to a real offer of headless Chromium 156 (getUserMedia with the fake microphone). */
class WebRtcOfferAnswerTest {

    private static final String FINGERPRINT = "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:"
            + "22:33:44:55:66:77:88:99";
    private static final IceDtls LOCAL = new IceDtls("prly", "parleyIcePassword0123456", FINGERPRINT, "actpass");

    private static String chromiumOffer() throws IOException {
        try (InputStream in = WebRtcOfferAnswerTest.class.getResourceAsStream("/sdp/chromium-156-offer.sdp")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace("\n", "\r\n");
        }
    }

    @Test
    void answersChromiumWithIceLiteDtlsPassiveRtcpMuxAndG711() throws Exception {
        SessionDescription offer = SdpParser.parse(chromiumOffer());
        assertTrue(OfferAnswer.isWebRtc(offer));

        OfferAnswer.WebRtcAnswer answer = OfferAnswer.answerWebRtc(offer, new LocalSession(), "192.0.2.9", 20000,
                LOCAL);

        List<String> lines = List.of(answer.answer().sdp().split("\r\n"));
        assertEquals("m=audio 20000 UDP/TLS/RTP/SAVPF 0 126", lines.stream().filter(l -> l.startsWith("m="))
                .findFirst().orElseThrow());
        for (String expected : List.of("a=ice-lite", "a=group:BUNDLE 0", "a=mid:0", "a=ice-ufrag:prly",
                "a=ice-pwd:parleyIcePassword0123456", "a=fingerprint:sha-256 " + FINGERPRINT, "a=setup:passive",
                "a=rtcp-mux", "a=candidate:1 1 udp 2130706431 192.0.2.9 20000 typ host", "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:126 telephone-event/8000", "a=sendrecv")) {
            assertTrue(lines.contains(expected), () -> expected + " missing in\n" + answer.answer().sdp());
        }
        assertEquals(new IceDtls("TqMc", "cgiuDsqtH2We4WFdePG3ijCw", "29:D1:62:20:BD:1B:F6:FF:C9:1D:F1:7B:B3:D0:BD:8A:"
                + "F2:C1:C5:BD:F0:3A:53:F8:B4:E1:DB:8F:3F:7D:B7:EF", "actpass"), answer.remote());
        assertTrue(IceDtls.dtlsServer(answer.localSetup()));
        assertEquals("PCMU", answer.answer().negotiated().codecName());
        assertEquals(126, answer.answer().negotiated().telephoneEvent());
        SdpParser.parse(answer.answer().sdp());
    }

    @Test
    void anOfferBeforeIceGatheringWithAddressZeroIsNoHold() throws Exception {
        String early = chromiumOffer().replace("c=IN IP4 192.0.2.2", "c=IN IP4 0.0.0.0");
        OfferAnswer.WebRtcAnswer answer = OfferAnswer.answerWebRtc(SdpParser.parse(early), new LocalSession(),
                "192.0.2.9", 20000, LOCAL);
        assertFalse(answer.answer().negotiated().held());
        assertTrue(answer.answer().sdp().contains("a=sendrecv\r\n"), answer.answer().sdp());
    }

    @Test
    void followsAnActiveOrPassiveOffer() throws Exception {
        String passive = chromiumOffer().replace("a=setup:actpass", "a=setup:passive");
        OfferAnswer.WebRtcAnswer answer = OfferAnswer.answerWebRtc(SdpParser.parse(passive), new LocalSession(),
                "192.0.2.9", 20000, LOCAL);
        assertEquals("active", answer.localSetup());
        assertFalse(IceDtls.dtlsServer(answer.localSetup()));
        assertTrue(answer.answer().sdp().contains("a=setup:active\r\n"));
    }

    @Test
    void refusesAWebRtcOfferWithoutG711AndAPlainAnswerToWebRtc() throws Exception {
        String opusOnly = chromiumOffer().replace("UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126",
                "UDP/TLS/RTP/SAVPF 111 63 9 13 110 126");
        assertThrows(SdpException.class, () -> OfferAnswer.answerWebRtc(SdpParser.parse(opusOnly),
                new LocalSession(), "192.0.2.9", 20000, LOCAL));
        assertThrows(SdpException.class, () -> OfferAnswer.answer(SdpParser.parse(chromiumOffer()),
                new LocalSession(), "192.0.2.9", 20000));
    }

    @Test
    void offersWebRtcWithActpass() {
        String offer = OfferAnswer.offerWebRtc(new LocalSession(), "192.0.2.9", 20000, Direction.SENDRECV, LOCAL);
        assertTrue(offer.contains("m=audio 20000 UDP/TLS/RTP/SAVPF 0 8 101\r\n"), offer);
        assertTrue(offer.contains("a=setup:actpass\r\n"), offer);
        assertTrue(offer.contains("a=ice-lite\r\n"), offer);
    }

    @Test
    void takesABrowsersAnswerToTheOfferWithItsDtlsRole() throws Exception {
        String answer = String.join("\r\n", "v=0", "o=- 4 2 IN IP4 192.0.2.2", "s=-", "t=0 0", "a=group:BUNDLE 0",
                "a=fingerprint:sha-256 " + FINGERPRINT, "m=audio 9 UDP/TLS/RTP/SAVPF 8 101", "c=IN IP4 0.0.0.0",
                "a=rtpmap:8 PCMA/8000", "a=rtpmap:101 telephone-event/8000", "a=ice-ufrag:brws",
                "a=ice-pwd:browserIcePassword012345", "a=setup:active", "a=mid:0", "a=rtcp-mux", "a=sendrecv", "");
        OfferAnswer.WebRtcAccepted accepted = OfferAnswer.acceptWebRtc(SdpParser.parse(answer), Direction.SENDRECV);
        assertEquals("PCMA", accepted.negotiated().codecName());
        assertEquals(101, accepted.negotiated().telephoneEvent());
        assertEquals(new IceDtls("brws", "browserIcePassword012345", FINGERPRINT, "active"), accepted.remote());
        // the browser active: Parley (actpass) is the DTLS server; passive: the client
        assertTrue(IceDtls.dtlsServer(IceDtls.answerSetup("active")));
        assertFalse(IceDtls.dtlsServer(IceDtls.answerSetup("passive")));

        assertThrows(SdpException.class, () -> OfferAnswer.acceptWebRtc(SdpParser.parse(
                answer.replace("a=setup:active", "a=setup:actpass")), Direction.SENDRECV));
        assertThrows(SdpException.class, () -> OfferAnswer.acceptWebRtc(SdpParser.parse(
                answer.replace("a=fingerprint:sha-256 " + FINGERPRINT + "\r\n", "")), Direction.SENDRECV));
        assertThrows(SdpException.class, () -> OfferAnswer.acceptWebRtc(SdpParser.parse(
                answer.replace("UDP/TLS/RTP/SAVPF", "RTP/AVP")), Direction.SENDRECV));
    }

    @Test
    void theOfferHasEverythingABrowserNeeds() throws Exception {
        String offer = OfferAnswer.offerWebRtc(new LocalSession(), "192.0.2.9", 20000, Direction.SENDRECV, LOCAL);
        List<String> lines = List.of(offer.split("\r\n"));
        for (String expected : List.of("a=ice-lite", "a=group:BUNDLE 0", "a=mid:0", "a=ice-ufrag:prly",
                "a=ice-pwd:parleyIcePassword0123456", "a=fingerprint:sha-256 " + FINGERPRINT, "a=setup:actpass",
                "a=rtcp-mux", "a=candidate:1 1 udp 2130706431 192.0.2.9 20000 typ host", "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:8 PCMA/8000", "a=rtpmap:101 telephone-event/8000", "a=sendrecv")) {
            assertTrue(lines.contains(expected), () -> expected + " missing in\n" + offer);
        }
        SdpParser.parse(offer);
    }
}
