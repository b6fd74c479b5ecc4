package org.parley.sipconnector.media.sdp;

import java.util.List;
import java.util.Optional;

/** Writes the part of Parley's SDP after the {@code o=} line: one audio section. */
final class SdpWriter {

    private SdpWriter() {
    }

    static String addressType(String address) {
        return address.indexOf(':') >= 0 ? "IP6" : "IP4";
    }

    /**
     * Session and audio section with the formats given ({@code telephoneEvent} -1 for none), then the sections to
     * refuse ({@code m=} with port 0, RFC 3264 §6).
     */
    static String body(String address, int port, List<Integer> codecs, int telephoneEvent, Direction direction,
            List<MediaDescription> refused, int audioIndex) {
        return body(address, port, codecs, telephoneEvent, direction, refused, audioIndex, Optional.empty());
    }

    /** The same, for WebRTC when {@code webrtc} is present: ICE-lite, BUNDLE of the one mid, DTLS, rtcp-mux. */
    static String body(String address, int port, List<Integer> codecs, int telephoneEvent, Direction direction,
            List<MediaDescription> refused, int audioIndex, Optional<WebRtc> webrtc) {
        StringBuilder b = new StringBuilder(320);
        b.append("s=parley\r\n");
        b.append("c=IN ").append(addressType(address)).append(' ').append(address).append("\r\n");
        b.append("t=0 0\r\n");
        webrtc.ifPresent(w -> b.append("a=ice-lite\r\na=group:BUNDLE ").append(w.mid()).append("\r\n"));
        for (int i = 0; i <= refused.size(); i++) {
            if (i == audioIndex) {
                audio(b, port, codecs, telephoneEvent, direction, webrtc.isPresent());
                webrtc.ifPresent(w -> webRtc(b, w, address, port));
            }
            if (i < refused.size()) {
                MediaDescription m = refused.get(i);
                b.append("m=").append(m.type()).append(" 0 ").append(m.protocol()).append(' ')
                        .append(m.formats().isEmpty() ? "0" : m.formats().get(0)).append("\r\n");
            }
        }
        return b.toString();
    }

    /** What a WebRTC audio section adds: Parley's ICE and DTLS attributes and the mid it answers. */
    record WebRtc(IceDtls local, String mid) {
    }

    private static void webRtc(StringBuilder b, WebRtc w, String address, int port) {
        b.append("a=mid:").append(w.mid()).append("\r\n");
        b.append("a=ice-ufrag:").append(w.local().ufrag()).append("\r\n");
        b.append("a=ice-pwd:").append(w.local().password()).append("\r\n");
        b.append("a=fingerprint:sha-256 ").append(w.local().fingerprint()).append("\r\n");
        b.append("a=setup:").append(w.local().setup()).append("\r\n");
        b.append("a=rtcp-mux\r\n");
        b.append("a=candidate:1 1 udp 2130706431 ").append(address).append(' ').append(port)
                .append(" typ host\r\n");
        b.append("a=end-of-candidates\r\n");
    }

    private static void audio(StringBuilder b, int port, List<Integer> codecs, int telephoneEvent,
            Direction direction, boolean webrtc) {
        b.append("m=audio ").append(port).append(webrtc ? " " + IceDtls.PROFILE : " RTP/AVP");
        for (int codec : codecs) {
            b.append(' ').append(codec);
        }
        if (telephoneEvent >= 0) {
            b.append(' ').append(telephoneEvent);
        }
        b.append("\r\n");
        for (int codec : codecs) {
            b.append("a=rtpmap:").append(codec).append(codec == 8 ? " PCMA/8000" : " PCMU/8000").append("\r\n");
        }
        if (telephoneEvent >= 0) {
            b.append("a=rtpmap:").append(telephoneEvent).append(" telephone-event/8000\r\n");
            b.append("a=fmtp:").append(telephoneEvent).append(" 0-16\r\n");
        }
        b.append("a=ptime:20\r\n");
        b.append("a=").append(direction.attribute()).append("\r\n");
    }
}
