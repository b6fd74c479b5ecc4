package org.parley.sipconnector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An INVITE Parley sends to open an outgoing leg (a B leg of a call, or the first leg of a click-to-dial). The
 * connector makes the new dialog's own Call-ID, From tag and CSeq, its Via and Contact, handles the transaction,
 * answers 401/407 challenges with {@link #auth()} when given, and reports what happens as {@link LegEvent}s.
 *
 * @param requestUri  Request-URI, e.g. a registered contact or {@code sip:+33123456789@carrier.example}
 * @param from        From header value without tag, e.g. {@code "Alice" <sip:2001@pbx.example>}
 * @param to          To header value, e.g. {@code <sip:2002@pbx.example>}
 * @param target      next hop, when not the Request-URI's host (a phone's source address, a trunk's proxy)
 * @param maxForwards Max-Forwards of the new request (the inbound leg's, less one)
 * @param body        the offer (SDP), or empty for a late offer: the answer then goes in the ACK
 *                    ({@link SipConnection#acknowledge(String, SipBody)})
 * @param headers     extra headers as plain text (P-Asserted-Identity, Diversion, History-Info, Referred-By, …)
 * @param auth        credentials for challenges, if the peer asks
 * @param legId       the new leg's id when Parley chooses it (unique; lets it file the leg before the first event
 *                    about it can arrive); the connector makes one otherwise
 */
public record OutboundInvite(String requestUri, String from, String to, Optional<SipTarget> target, int maxForwards,
        SipBody body, List<SipHeader> headers, Optional<SipAuth> auth, Optional<String> legId) {

    public OutboundInvite {
        Objects.requireNonNull(legId, "legId");
        Objects.requireNonNull(requestUri, "requestUri");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(auth, "auth");
        headers = List.copyOf(headers == null ? List.of() : headers);
        if (maxForwards < 0 || maxForwards > 255) {
            throw new IllegalArgumentException("Max-Forwards out of range: " + maxForwards);
        }
    }

    public static Builder to(String requestUri) {
        return new Builder(requestUri);
    }

    /** Builds an {@link OutboundInvite}. */
    public static final class Builder {
        private final String requestUri;
        private String from;
        private String to;
        private SipTarget target;
        private int maxForwards = 70;
        private SipBody body = SipBody.empty();
        private final List<SipHeader> headers = new ArrayList<>();
        private SipAuth auth;
        private String legId;

        private Builder(String requestUri) {
            this.requestUri = requestUri;
        }

        public Builder from(String value) {
            this.from = value;
            return this;
        }

        public Builder toHeader(String value) {
            this.to = value;
            return this;
        }

        public Builder target(SipTarget value) {
            this.target = value;
            return this;
        }

        public Builder maxForwards(int value) {
            this.maxForwards = value;
            return this;
        }

        public Builder body(SipBody value) {
            this.body = value;
            return this;
        }

        public Builder header(String name, String value) {
            headers.add(new SipHeader(name, value));
            return this;
        }

        public Builder auth(SipAuth value) {
            this.auth = value;
            return this;
        }

        public Builder legId(String value) {
            this.legId = value;
            return this;
        }

        public OutboundInvite build() {
            return new OutboundInvite(requestUri, from, to == null ? "<" + requestUri + ">" : to,
                    Optional.ofNullable(target), maxForwards, body, headers, Optional.ofNullable(auth),
                    Optional.ofNullable(legId));
        }
    }
}
