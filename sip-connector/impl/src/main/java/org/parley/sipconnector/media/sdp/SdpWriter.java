package org.parley.sipconnector.media.sdp;

import java.util.List;

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
        StringBuilder b = new StringBuilder(320);
        b.append("s=parley\r\n");
        b.append("c=IN ").append(addressType(address)).append(' ').append(address).append("\r\n");
        b.append("t=0 0\r\n");
        for (int i = 0; i <= refused.size(); i++) {
            if (i == audioIndex) {
                audio(b, port, codecs, telephoneEvent, direction);
            }
            if (i < refused.size()) {
                MediaDescription m = refused.get(i);
                b.append("m=").append(m.type()).append(" 0 ").append(m.protocol()).append(' ')
                        .append(m.formats().isEmpty() ? "0" : m.formats().get(0)).append("\r\n");
            }
        }
        return b.toString();
    }

    private static void audio(StringBuilder b, int port, List<Integer> codecs, int telephoneEvent,
            Direction direction) {
        b.append("m=audio ").append(port).append(" RTP/AVP");
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
