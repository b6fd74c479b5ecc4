package org.parley.sipconnector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable view of a received SIP message: the fields the application decides on, parsed, and every header
 * as text. Built by the connector; nothing in it refers to the SIP stack.
 */
public abstract sealed class SipMessage permits SipRequest, SipResponse {

    private final String transport;
    private final SipPeer remote;
    private final SipPeer local;
    private final List<SipHeader> headers;
    private final String callId;
    private final NameAddress from;
    private final NameAddress to;
    private final CSeq cseq;
    private final List<Via> vias;
    private final List<NameAddress> contacts;
    private final boolean contactWildcard;
    private final Integer expires;
    private final Integer maxForwards;
    private final List<SipCredentials> authorizations;
    private final List<SipCredentials> proxyAuthorizations;
    private final byte[] body;

    protected SipMessage(Builder<?> b) {
        this.transport = Objects.requireNonNull(b.transport, "transport");
        this.remote = Objects.requireNonNull(b.remote, "remote");
        this.local = Objects.requireNonNull(b.local, "local");
        this.headers = List.copyOf(b.headers);
        this.callId = Objects.requireNonNull(b.callId, "callId");
        this.from = Objects.requireNonNull(b.from, "from");
        this.to = Objects.requireNonNull(b.to, "to");
        this.cseq = Objects.requireNonNull(b.cseq, "cseq");
        this.vias = List.copyOf(b.vias);
        this.contacts = List.copyOf(b.contacts);
        this.contactWildcard = b.contactWildcard;
        this.expires = b.expires;
        this.maxForwards = b.maxForwards;
        this.authorizations = List.copyOf(b.authorizations);
        this.proxyAuthorizations = List.copyOf(b.proxyAuthorizations);
        this.body = b.body == null ? new byte[0] : b.body.clone();
    }

    /** Transport the message arrived on: {@code UDP}, {@code TCP}, … */
    public String transport() {
        return transport;
    }

    /** Where the message came from (the packet's source, not what its Via claims). */
    public SipPeer remote() {
        return remote;
    }

    /** The listening point it arrived at. */
    public SipPeer local() {
        return local;
    }

    /** Every header, in the order received. */
    public List<SipHeader> headers() {
        return headers;
    }

    /** Values of every header with this name (case-insensitive), in order. */
    public List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        for (SipHeader h : headers) {
            if (h.is(name)) {
                values.add(h.value());
            }
        }
        return values;
    }

    /** Value of the first header with this name (case-insensitive). */
    public Optional<String> header(String name) {
        for (SipHeader h : headers) {
            if (h.is(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    public String callId() {
        return callId;
    }

    public NameAddress from() {
        return from;
    }

    public NameAddress to() {
        return to;
    }

    public CSeq cseq() {
        return cseq;
    }

    /** Via headers, topmost first. */
    public List<Via> vias() {
        return vias;
    }

    /** Contact header values, in order; empty for {@code Contact: *}. */
    public List<NameAddress> contacts() {
        return contacts;
    }

    /** Whether the message carries {@code Contact: *} (RFC 3261 §10.2.2). */
    public boolean contactWildcard() {
        return contactWildcard;
    }

    /** The Expires header, if present. */
    public OptionalInt expires() {
        return expires == null ? OptionalInt.empty() : OptionalInt.of(expires);
    }

    /** The Max-Forwards header, if present. */
    public OptionalInt maxForwards() {
        return maxForwards == null ? OptionalInt.empty() : OptionalInt.of(maxForwards);
    }

    /** Authorization values (answers to a registrar's 401), in order. */
    public List<SipCredentials> authorizations() {
        return authorizations;
    }

    /** Proxy-Authorization values (answers to a 407), in order. */
    public List<SipCredentials> proxyAuthorizations() {
        return proxyAuthorizations;
    }

    /** The User-Agent header, if present. */
    public Optional<String> userAgent() {
        return header("User-Agent");
    }

    /** The Content-Type header, if present. */
    public Optional<String> contentType() {
        return header("Content-Type");
    }

    /** A copy of the body; empty when there is none. */
    public byte[] body() {
        return body.clone();
    }

    /** Call-ID and tags, as carried in this message. */
    public DialogKey dialogKey() {
        return new DialogKey(callId, from.tag().orElse(""), to.tag().orElse(""));
    }

    /** Fills a message view; used by the connector. */
    @SuppressWarnings("unchecked")
    public abstract static class Builder<B extends Builder<B>> {
        private String transport;
        private SipPeer remote;
        private SipPeer local;
        private final List<SipHeader> headers = new ArrayList<>();
        private String callId;
        private NameAddress from;
        private NameAddress to;
        private CSeq cseq;
        private final List<Via> vias = new ArrayList<>();
        private final List<NameAddress> contacts = new ArrayList<>();
        private boolean contactWildcard;
        private Integer expires;
        private Integer maxForwards;
        private final List<SipCredentials> authorizations = new ArrayList<>();
        private final List<SipCredentials> proxyAuthorizations = new ArrayList<>();
        private byte[] body;

        public B transport(String value) {
            this.transport = value;
            return (B) this;
        }

        public B remote(SipPeer value) {
            this.remote = value;
            return (B) this;
        }

        public B local(SipPeer value) {
            this.local = value;
            return (B) this;
        }

        public B header(String name, String value) {
            this.headers.add(new SipHeader(name, value));
            return (B) this;
        }

        public B callId(String value) {
            this.callId = value;
            return (B) this;
        }

        public B from(NameAddress value) {
            this.from = value;
            return (B) this;
        }

        public B to(NameAddress value) {
            this.to = value;
            return (B) this;
        }

        public B cseq(CSeq value) {
            this.cseq = value;
            return (B) this;
        }

        public B via(Via value) {
            this.vias.add(value);
            return (B) this;
        }

        public B contact(NameAddress value) {
            this.contacts.add(value);
            return (B) this;
        }

        public B contactWildcard(boolean value) {
            this.contactWildcard = value;
            return (B) this;
        }

        public B expires(Integer value) {
            this.expires = value;
            return (B) this;
        }

        public B maxForwards(Integer value) {
            this.maxForwards = value;
            return (B) this;
        }

        public B authorization(SipCredentials value) {
            this.authorizations.add(value);
            return (B) this;
        }

        public B proxyAuthorization(SipCredentials value) {
            this.proxyAuthorizations.add(value);
            return (B) this;
        }

        public B body(byte[] value) {
            this.body = value;
            return (B) this;
        }
    }
}
