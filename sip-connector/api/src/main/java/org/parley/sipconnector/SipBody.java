package org.parley.sipconnector;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A message body with its type, e.g. an SDP offer or answer that Parley passes from one leg to the other.
 *
 * @param contentType media type, e.g. {@code application/sdp}; empty for no body
 * @param content     the bytes
 */
public record SipBody(String contentType, byte[] content) {

    private static final SipBody EMPTY = new SipBody("", new byte[0]);

    public SipBody {
        Objects.requireNonNull(contentType, "contentType");
        content = content == null ? new byte[0] : content.clone();
        if (contentType.isEmpty() && content.length > 0) {
            throw new IllegalArgumentException("a body needs a content type");
        }
    }

    public static SipBody empty() {
        return EMPTY;
    }

    public static SipBody sdp(String text) {
        return new SipBody("application/sdp", text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public boolean isEmpty() {
        return content.length == 0;
    }

    /** The body as UTF-8 text (SDP is ASCII). */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipBody other && contentType.equals(other.contentType)
                && java.util.Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return isEmpty() ? "(no body)" : contentType + " (" + content.length + " bytes)";
    }
}
