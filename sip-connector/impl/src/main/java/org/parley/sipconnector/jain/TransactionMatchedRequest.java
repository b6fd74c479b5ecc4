package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPDuplicateHeaderException;
import gov.nist.javax.sip.message.SIPRequest;
import java.text.ParseException;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import javax.sip.message.Request;
import org.parley.sipconnector.SipResponseSpec;

/**
 * A received request whose server-transaction key is what RFC 3261 §17.2.3 matches on: the top Via's branch AND its
 * sent-by AND the method, an ACK counting as the INVITE it acknowledges. JAIN-SIP 1.3.0-91 keys its server
 * transaction table by the branch alone ({@code SIPMessage.getTransactionId}; a CANCEL gets a suffix) and its
 * {@code isMessagePartOfTransaction} compares the sent-by but not the method: a request from another sender reusing
 * a branch was refused as "transaction already exists", and one of another method from the same sender was answered
 * with the other request's response. With this key, both are new transactions; a true retransmission still finds
 * its transaction. Requests without the magic cookie (RFC 2543) keep JAIN-SIP's own key, which already follows
 * §17.2.3's fallback (Request-URI, tags, Call-ID, CSeq, top Via). Made by {@link TransactionMatchingParserFactory}.
 */
final class TransactionMatchedRequest extends SIPRequest {

    private static final long serialVersionUID = 1L;
    private static final String MAGIC_COOKIE = "z9hg4bk";

    /** What the bytes received deserve although they parsed ({@link RawRequestChecks}); null when nothing. */
    private transient SipResponseSpec refusal;

    /**
     * A copy of {@code parsed} (request line, headers in order, unrecognised headers, body) with the RFC key, and
     * the refusal its bytes deserve, if any.
     */
    static SIPRequest of(SIPRequest parsed, Optional<SipResponseSpec> refusal) throws ParseException {
        TransactionMatchedRequest copy = new TransactionMatchedRequest();
        copy.refusal = refusal.orElse(null);
        copy.setRequestLine(parsed.getRequestLine());
        for (Iterator<SIPHeader> headers = parsed.getHeaders(); headers.hasNext();) {
            try {
                copy.attachHeader(headers.next(), false, false);
            } catch (SIPDuplicateHeaderException e) {
                throw new ParseException("duplicate header: " + e.getMessage(), 0);
            }
        }
        for (ListIterator<String> unparsed = parsed.getUnrecognizedHeaders(); unparsed.hasNext();) {
            copy.addUnparsed(unparsed.next());
        }
        byte[] body = parsed.getRawContent();
        if (body != null) {
            copy.setMessageContent(body, false, false, body.length);
        }
        copy.setSize(parsed.getSize());
        return copy;
    }

    /** The answer this request gets instead of being handled, if its bytes break a rule its parsed form hides. */
    Optional<SipResponseSpec> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String getTransactionId() {
        Via top = getTopmostVia();
        String branch = top == null ? null : top.getBranch();
        if (branch == null || !branch.toLowerCase(Locale.ROOT).startsWith(MAGIC_COOKIE) || getCSeq() == null) {
            return super.getTransactionId();
        }
        String method = getCSeq().getMethod();
        String matched = Request.ACK.equals(method) ? Request.INVITE : method;
        return (branch + "|" + top.getSentBy().encode() + "|" + matched).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
