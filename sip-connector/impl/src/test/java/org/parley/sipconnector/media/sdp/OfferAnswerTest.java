package org.parley.sipconnector.media.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offer/answer (RFC 3264) with the SDP real phones send. */
class OfferAnswerTest {

    /** baresip 1.0.0 with the g711 module: PCMU, PCMA, telephone-event 101 (0-15), rtcp-rsize. */
    static final String BARESIP = """
            v=0\r
            o=- 2890256873 2479114436 IN IP4 127.0.0.1\r
            s=-\r
            c=IN IP4 127.0.0.1\r
            t=0 0\r
            m=audio 10002 RTP/AVP 0 8 101\r
            b=AS:64\r
            a=rtpmap:0 PCMU/8000\r
            a=rtpmap:8 PCMA/8000\r
            a=rtpmap:101 telephone-event/8000\r
            a=fmtp:101 0-15\r
            a=sendrecv\r
            a=label:1\r
            a=rtcp-rsize\r
            a=ssrc:3452189823 cname:2e7a4e0e-60d2-4a5a-a9c6-cf0d2a45e0a7\r
            """;

    /** Linphone 5 (linphonec): opus and speex first, G.711 later, telephone-event at 101, rtcp-fb and rtcp port. */
    static final String LINPHONE = """
            v=0\r
            o=alice 1932 2573 IN IP4 192.168.1.20\r
            s=Talk\r
            c=IN IP4 192.168.1.20\r
            t=0 0\r
            a=rtcp-xr:rcvr-rtt=all:10000 stat-summary=loss,dup,jitt,TTL voip-metrics\r
            a=record:off\r
            m=audio 7078 RTP/AVP 96 97 98 0 8 18 101 99 100\r
            a=rtpmap:96 opus/48000/2\r
            a=fmtp:96 useinbandfec=1\r
            a=rtpmap:97 speex/16000\r
            a=fmtp:97 vbr=on\r
            a=rtpmap:98 speex/8000\r
            a=fmtp:98 vbr=on\r
            a=fmtp:18 annexb=yes\r
            a=rtpmap:101 telephone-event/48000\r
            a=rtpmap:99 telephone-event/16000\r
            a=rtpmap:100 telephone-event/8000\r
            a=rtcp:7079\r
            a=rtcp-fb:* trr-int 1000\r
            a=rtcp-fb:* ccm tmmbr\r
            m=video 9078 RTP/AVP 96\r
            a=rtpmap:96 VP8/90000\r
            """;

    /** SIPp's uac_pcap scenario: PCMA then telephone-event at 101. */
    static final String SIPP = """
            v=0
            o=user1 53655765 2353687637 IN IP4 127.0.0.1
            s=-
            c=IN IP4 127.0.0.1
            t=0 0
            m=audio 6000 RTP/AVP 8 101
            a=rtpmap:8 PCMA/8000
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-11,16
            """;

    private final LocalSession session = new LocalSession();

    @Test
    void baresipGetsPcmuAndItsTelephoneEvent() throws Exception {
        OfferAnswer.Answer answer = OfferAnswer.answer(SdpParser.parse(BARESIP), session, "192.0.2.9", 20000);
        assertEquals(new Negotiated(0, 101, "127.0.0.1", 10002, 10003, Direction.SENDRECV, false),
                answer.negotiated());
        SessionDescription written = SdpParser.parse(answer.sdp());
        MediaDescription audio = written.media().get(0);
        assertEquals(List.of("0", "101"), audio.formats());
        assertEquals(20000, audio.port());
        assertEquals("192.0.2.9", written.connection());
        assertEquals(Direction.SENDRECV, written.directionOf(audio));
        assertEquals("TELEPHONE-EVENT/8000", audio.encoding("101").orElseThrow());
    }

    @Test
    void linphoneGetsPcmuItsEightKilohertzTelephoneEventItsRtcpPortAndVideoRefused() throws Exception {
        OfferAnswer.Answer answer = OfferAnswer.answer(SdpParser.parse(LINPHONE), session, "192.0.2.9", 20000);
        assertEquals(new Negotiated(0, 100, "192.168.1.20", 7078, 7079, Direction.SENDRECV, false),
                answer.negotiated());
        SessionDescription written = SdpParser.parse(answer.sdp());
        assertEquals(2, written.media().size(), "one answer section per offered one, in order");
        assertEquals(List.of("0", "100"), written.media().get(0).formats());
        assertEquals("video", written.media().get(1).type());
        assertEquals(0, written.media().get(1).port(), "video refused");
    }

    @Test
    void sippGetsPcma() throws Exception {
        OfferAnswer.Answer answer = OfferAnswer.answer(SdpParser.parse(SIPP), session, "127.0.0.1", 20002);
        assertEquals(8, answer.negotiated().codec());
        assertEquals("PCMA", answer.negotiated().codecName());
        assertEquals(101, answer.negotiated().telephoneEvent());
        assertTrue(answer.sdp().contains("m=audio 20002 RTP/AVP 8 101\r\n"), answer.sdp());
    }

    @Test
    void holdIsDetectedAndAnsweredWithTheReverseDirection() throws Exception {
        Negotiated sendonly = answer(BARESIP.replace("a=sendrecv", "a=sendonly"), Direction.RECVONLY);
        assertTrue(sendonly.held());
        assertFalse(sendonly.sending(), "Parley does not send to a party that only sends");
        assertTrue(answer(BARESIP.replace("a=sendrecv", "a=inactive"), Direction.INACTIVE).held());
        Negotiated oldStyle = answer(BARESIP.replace("c=IN IP4 127.0.0.1", "c=IN IP4 0.0.0.0"), Direction.RECVONLY);
        assertTrue(oldStyle.held());
        assertFalse(oldStyle.sending());
        Negotiated recvonly = answer(BARESIP.replace("a=sendrecv", "a=recvonly"), Direction.SENDONLY);
        assertFalse(recvonly.held(), "a party that only receives still hears Parley");
        assertTrue(recvonly.sending());
        assertFalse(answer(BARESIP, Direction.SENDRECV).held());
    }

    /** What makes the connector hand a re-INVITE to call control instead of relaying it. */
    @Test
    void anOfferHoldsWhenNoUsableAudioStreamReceives() throws Exception {
        assertTrue(OfferAnswer.holds(SdpParser.parse(BARESIP.replace("a=sendrecv", "a=sendonly"))));
        assertTrue(OfferAnswer.holds(SdpParser.parse(BARESIP.replace("a=sendrecv", "a=inactive"))));
        assertTrue(OfferAnswer.holds(SdpParser.parse(BARESIP.replace("c=IN IP4 127.0.0.1", "c=IN IP4 0.0.0.0"))));
        assertFalse(OfferAnswer.holds(SdpParser.parse(BARESIP)));
        assertFalse(OfferAnswer.holds(SdpParser.parse(BARESIP.replace("a=sendrecv", "a=recvonly"))),
                "a party that only receives does not hold");
        assertTrue(OfferAnswer.holds(SdpParser.parse(LINPHONE.replace("a=record:off\r\n", "a=sendonly\r\n"))),
                "a session-level sendonly; the video stream is not what Parley looks at");
    }

    private Negotiated answer(String offer, Direction expected) throws Exception {
        OfferAnswer.Answer answer = OfferAnswer.answer(SdpParser.parse(offer), session, "127.0.0.1", 20000);
        assertEquals(expected, answer.negotiated().local());
        assertTrue(answer.sdp().contains("a=" + expected.attribute() + "\r\n"), answer.sdp());
        return answer.negotiated();
    }

    @Test
    void theVersionGrowsOnlyWhenTheSdpChanges() throws Exception {
        String first = OfferAnswer.offer(session, "127.0.0.1", 20000, Direction.SENDRECV);
        String again = OfferAnswer.offer(session, "127.0.0.1", 20000, Direction.SENDRECV);
        String hold = OfferAnswer.offer(session, "127.0.0.1", 20000, Direction.SENDONLY);
        long v1 = SdpParser.parse(first).version();
        assertEquals(v1, SdpParser.parse(again).version(), "unchanged SDP keeps its version");
        assertEquals(v1 + 1, SdpParser.parse(hold).version());
        assertEquals(SdpParser.parse(first).sessionId(), SdpParser.parse(hold).sessionId());
        MediaDescription offered = SdpParser.parse(first).media().get(0);
        assertEquals(List.of("0", "8", "101"), offered.formats());
        assertEquals("0-16", offered.attribute("fmtp").orElseThrow().split(" ")[1]);
    }

    @Test
    void anAnswerToParleysOfferSettlesCodecAndDirection() throws Exception {
        Negotiated n = OfferAnswer.accept(SdpParser.parse(SIPP.replace("m=audio 6000", "m=audio 6002")
                + "a=recvonly\n"), Direction.SENDRECV);
        assertEquals(new Negotiated(8, 101, "127.0.0.1", 6002, 6003, Direction.SENDONLY, false), n);
    }

    @Test
    void noCommonCodecAndBrokenSdpAreRefused() {
        String g722 = BARESIP.replace("RTP/AVP 0 8 101", "RTP/AVP 9 101").replace("a=rtpmap:0 PCMU/8000\r\n", "")
                .replace("a=rtpmap:8 PCMA/8000\r\n", "a=rtpmap:9 G722/8000\r\n");
        SdpException none = assertThrows(SdpException.class,
                () -> OfferAnswer.answer(SdpParser.parse(g722), session, "127.0.0.1", 20000));
        assertTrue(none.getMessage().contains("PCMU or PCMA"));
        assertThrows(SdpException.class, () -> OfferAnswer.answer(SdpParser.parse(
                BARESIP.replace("RTP/AVP", "RTP/SAVP")), session, "127.0.0.1", 20000), "SRTP only");
        assertThrows(SdpException.class, () -> SdpParser.parse("o=x\r\n"), "no v=0");
        assertThrows(SdpException.class, () -> SdpParser.parse(BARESIP.replace("m=audio 10002", "m=audio port")));
        assertThrows(SdpException.class, () -> SdpParser.parse(BARESIP.replace("c=IN IP4 127.0.0.1\r\n", "")),
                "a stream without address");
        assertThrows(SdpException.class, () -> SdpParser.parse(BARESIP.replace("t=0 0", "t 0 0")));
    }
}
