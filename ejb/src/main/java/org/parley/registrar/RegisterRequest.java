package org.parley.registrar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a REGISTER says, as far as the registrar cares (RFC 3261 §10.2). Built by the SIP adapter.
 *
 * @param requestUri    the Request-URI as received
 * @param aorUser       the user part of the To URI: the extension number whose bindings change
 * @param aorHost       the host part of the To URI
 * @param callId        Call-ID
 * @param cseq          CSeq sequence number, 0 to 2^31-1 (RFC 3261 §8.1.1.5)
 * @param contacts      the Contact values other than {@code *}, in message order
 * @param wildcard      whether the request has {@code Contact: *}
 * @param expiresHeader the Expires header, when present and valid (values above {@link Integer#MAX_VALUE}
 *                      are to be passed as {@code Integer.MAX_VALUE})
 * @param credentials   the Digest Authorization headers (other schemes left out by the adapter)
 * @param transport     the transport the request came over, e.g. {@code UDP}
 * @param source        where it came from, {@code ip:port}
 * @param userAgent     the User-Agent header
 */
public record RegisterRequest(String requestUri, String aorUser, String aorHost, String callId, long cseq,
                              List<ContactRequest> contacts, boolean wildcard, OptionalInt expiresHeader,
                              List<DigestCredentials> credentials, String transport, String source,
                              Optional<String> userAgent) {

    /** Longest Call-ID kept (a binding stores it). */
    public static final int MAX_CALL_ID = 255;
    /** Longest contact URI kept. */
    public static final int MAX_CONTACT_URI = 1024;

    /** Largest CSeq number RFC 3261 §8.1.1.5 allows. */
    public static final long MAX_CSEQ = (1L << 31) - 1;

    public RegisterRequest {
        requireText(requestUri, "requestUri");
        requireText(aorUser, "aorUser");
        requireText(aorHost, "aorHost");
        requireText(callId, "callId");
        requireText(transport, "transport");
        requireText(source, "source");
        Objects.requireNonNull(expiresHeader, "expiresHeader");
        Objects.requireNonNull(userAgent, "userAgent");
        if (cseq < 0 || cseq > MAX_CSEQ) {
            throw new IllegalArgumentException("CSeq out of range: " + cseq);
        }
        if (expiresHeader.isPresent() && expiresHeader.getAsInt() < 0) {
            throw new IllegalArgumentException("Expires must not be negative: " + expiresHeader.getAsInt());
        }
        if (callId.length() > MAX_CALL_ID) {
            throw new IllegalArgumentException("Call-ID longer than " + MAX_CALL_ID + " characters");
        }
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
        for (ContactRequest c : contacts) {
            if (c.address().text().length() > MAX_CONTACT_URI) {
                throw new IllegalArgumentException("contact URI longer than " + MAX_CONTACT_URI + " characters");
            }
        }
        credentials = List.copyOf(Objects.requireNonNull(credentials, "credentials"));
    }

    /** The address of record whose bindings this request reads or changes: the extension number. */
    public String aor() {
        return aorUser;
    }

    /** A request without contacts and without wildcard only asks for the current bindings (RFC 3261 §10.2.3). */
    public boolean isQuery() {
        return contacts.isEmpty() && !wildcard;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
