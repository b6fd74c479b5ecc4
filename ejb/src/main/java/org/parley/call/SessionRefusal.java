package org.parley.call;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An SDP answer that accepts the session but none of its media (RFC 3264 §6: every stream refused with port 0): what
 * Parley answers when it takes a call itself only to confirm something (a feature code, an agent logging in) and has
 * no media to offer yet.
 */
public final class SessionRefusal {

    private SessionRefusal() {
    }

    /** The answer to {@code offer} refusing each of its media streams; for no offer, a session with one refused stream. */
    public static SessionDescription answer(SessionDescription offer) {
        List<String> media = new ArrayList<>();
        if (!offer.isEmpty()) {
            for (String line : new String(offer.content(), StandardCharsets.US_ASCII).split("\r?\n")) {
                if (line.startsWith("m=")) {
                    String[] parts = line.substring(2).trim().split(" +");
                    if (parts.length >= 4) {
                        media.add("m=" + parts[0] + " 0 " + parts[2] + " " + parts[3]);
                    }
                }
            }
        }
        if (media.isEmpty()) {
            media.add("m=audio 0 RTP/AVP 0");
        }
        StringBuilder sdp = new StringBuilder()
                .append("v=0\r\n")
                .append("o=parley ").append(System.currentTimeMillis()).append(" 1 IN IP4 0.0.0.0\r\n")
                .append("s=-\r\n")
                .append("c=IN IP4 0.0.0.0\r\n")
                .append("t=0 0\r\n");
        media.forEach(m -> sdp.append(m).append("\r\n"));
        return new SessionDescription("application/sdp", sdp.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
