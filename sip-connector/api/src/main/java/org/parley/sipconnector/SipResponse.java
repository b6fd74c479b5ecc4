package org.parley.sipconnector;

import java.util.Optional;

/**
 * A received SIP response. {@link #transactionKey()} names the client transaction it answers, when there is one.
 */
public final class SipResponse extends SipMessage {

    private final int statusCode;
    private final String reasonPhrase;
    private final String transactionKey;

    private SipResponse(Builder b) {
        super(b);
        if (b.statusCode < 100 || b.statusCode > 699) {
            throw new IllegalArgumentException("status code out of range: " + b.statusCode);
        }
        this.statusCode = b.statusCode;
        this.reasonPhrase = b.reasonPhrase == null ? "" : b.reasonPhrase;
        this.transactionKey = b.transactionKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int statusCode() {
        return statusCode;
    }

    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** Key of the client transaction this response belongs to; empty for a response no transaction expected. */
    public Optional<String> transactionKey() {
        return Optional.ofNullable(transactionKey);
    }

    @Override
    public String toString() {
        return statusCode + " " + reasonPhrase + " (Call-ID " + callId() + ", CSeq " + cseq().number() + " "
                + cseq().method() + ")";
    }

    public static final class Builder extends SipMessage.Builder<Builder> {
        private int statusCode;
        private String reasonPhrase;
        private String transactionKey;

        private Builder() {
        }

        public Builder statusCode(int value) {
            this.statusCode = value;
            return this;
        }

        public Builder reasonPhrase(String value) {
            this.reasonPhrase = value;
            return this;
        }

        public Builder transactionKey(String value) {
            this.transactionKey = value;
            return this;
        }

        public SipResponse build() {
            return new SipResponse(this);
        }
    }
}
