package org.parley.call;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A session description carried from one leg to the other (an SDP offer or answer, RFC 3264). Parley passes it on
 * unchanged until it anchors media itself.
 *
 * @param contentType its media type, {@code application/sdp}; empty for none
 * @param content     its bytes
 */
public record SessionDescription(String contentType, byte[] content) {

    private static final SessionDescription NONE = new SessionDescription("", new byte[0]);

    public SessionDescription {
        Objects.requireNonNull(contentType, "contentType");
        content = content == null ? new byte[0] : content.clone();
    }

    public static SessionDescription none() {
        return NONE;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public boolean isEmpty() {
        return content.length == 0;
    }

    /**
     * Whether this description has a WebRTC audio stream ({@code m=audio} over {@code UDP/TLS/RTP/SAVPF}): only
     * Parley's engine, not a plain SIP phone, speaks ICE and DTLS-SRTP.
     */
    public boolean webRtc() {
        for (String line : new String(content, StandardCharsets.US_ASCII).split("\r?\n")) {
            if (line.startsWith("m=audio ") && line.contains(" UDP/TLS/RTP/SAVPF ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this description puts the session on hold (RFC 3264 §8.4, RFC 6337: every stream {@code sendonly} or
     * {@code inactive}, or a 0.0.0.0 connection address).
     */
    public boolean holds() {
        if (isEmpty()) {
            return false;
        }
        String sdp = new String(content, StandardCharsets.US_ASCII);
        boolean media = false;
        boolean allQuiet = true;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("c=") && line.trim().endsWith(" 0.0.0.0")) {
                return true;
            }
            if (line.startsWith("m=")) {
                media = true;
            }
        }
        if (!media) {
            return false;
        }
        for (String section : sdp.split("\r?\nm=")) {
            if (!section.startsWith("v=") && !section.contains("a=sendonly") && !section.contains("a=inactive")) {
                allQuiet = false;
            }
        }
        return allQuiet && (sdp.contains("a=sendonly") || sdp.contains("a=inactive"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionDescription other && contentType.equals(other.contentType)
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return isEmpty() ? "(no session description)" : contentType + " (" + content.length + " bytes)";
    }
}
