package org.parley.sipconnector;

import java.util.Objects;

/**
 * A received SIP request. {@link #transactionKey()} names its server transaction: answer it through
 * {@link SipConnection#respond(String, SipResponseSpec)}. Retransmissions are absorbed by the connector and never
 * delivered twice.
 */
public final class SipRequest extends SipMessage {

    private final String method;
    private final SipUri requestUri;
    private final String transactionKey;
    private final String legId;
    private final String localTag;

    private SipRequest(Builder b) {
        super(b);
        this.method = Objects.requireNonNull(b.method, "method");
        this.requestUri = Objects.requireNonNull(b.requestUri, "requestUri");
        this.transactionKey = Objects.requireNonNull(b.transactionKey, "transactionKey");
        this.legId = b.legId;
        this.localTag = b.localTag == null ? "" : b.localTag;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Method name as received, e.g. {@code REGISTER}. */
    public String method() {
        return method;
    }

    public SipUri requestUri() {
        return requestUri;
    }

    /** Opaque key of the server transaction this request opened. */
    public String transactionKey() {
        return transactionKey;
    }

    /**
     * The leg this request opens (a dialog-creating INVITE) or belongs to (an in-dialog request the connector hands
     * to Parley, such as REFER).
     */
    public java.util.Optional<String> legId() {
        return java.util.Optional.ofNullable(legId);
    }

    /**
     * The To tag Parley's responses to this request carry, when the request's To had none (a dialog-creating
     * request: a SUBSCRIBE's 2xx creates a dialog with it); empty otherwise.
     */
    public String localTag() {
        return localTag;
    }

    @Override
    public String toString() {
        return method + " " + requestUri + " (Call-ID " + callId() + ", CSeq " + cseq().number() + ")";
    }

    public static final class Builder extends SipMessage.Builder<Builder> {
        private String method;
        private SipUri requestUri;
        private String transactionKey;
        private String legId;
        private String localTag;

        public Builder localTag(String value) {
            this.localTag = value;
            return this;
        }

        private Builder() {
        }

        public Builder legId(String value) {
            this.legId = value;
            return this;
        }

        public Builder method(String value) {
            this.method = value;
            return this;
        }

        public Builder requestUri(SipUri value) {
            this.requestUri = value;
            return this;
        }

        public Builder transactionKey(String value) {
            this.transactionKey = value;
            return this;
        }

        public SipRequest build() {
            return new SipRequest(this);
        }
    }
}
