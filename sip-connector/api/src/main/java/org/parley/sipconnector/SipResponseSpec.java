package org.parley.sipconnector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the application wants sent as the answer to a request: status, reason, extra headers and body. The connector
 * copies Via, From, To, Call-ID and CSeq from the request (RFC 3261 §8.2.6) and adds a To tag where one is needed.
 *
 * @param statusCode   100–699
 * @param reasonPhrase reason phrase; empty for the standard phrase of the code
 * @param headers      headers to add, in order ({@code Contact}, {@code WWW-Authenticate}, {@code Allow}, …)
 * @param body         body bytes; give its {@code Content-Type} among the headers
 */
public record SipResponseSpec(int statusCode, String reasonPhrase, List<SipHeader> headers, byte[] body) {

    public SipResponseSpec {
        if (statusCode < 100 || statusCode > 699) {
            throw new IllegalArgumentException("status code out of range: " + statusCode);
        }
        reasonPhrase = reasonPhrase == null ? "" : reasonPhrase;
        headers = List.copyOf(headers == null ? List.of() : headers);
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Starts a response with this status code. */
    public static Builder status(int statusCode) {
        return new Builder(statusCode);
    }

    /** Builds a {@link SipResponseSpec}. */
    public static final class Builder {
        private final int statusCode;
        private String reasonPhrase = "";
        private final List<SipHeader> headers = new ArrayList<>();
        private byte[] body;

        private Builder(int statusCode) {
            this.statusCode = statusCode;
        }

        public Builder reason(String value) {
            this.reasonPhrase = Objects.requireNonNull(value, "reason");
            return this;
        }

        public Builder header(String name, String value) {
            headers.add(new SipHeader(name, value));
            return this;
        }

        public Builder body(String contentType, byte[] content) {
            header("Content-Type", contentType);
            this.body = content;
            return this;
        }

        public Builder body(String contentType, String content) {
            return body(contentType, content.getBytes(StandardCharsets.UTF_8));
        }

        public SipResponseSpec build() {
            return new SipResponseSpec(statusCode, reasonPhrase, headers, body);
        }
    }
}
