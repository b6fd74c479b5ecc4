package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.Contact;
import gov.nist.javax.sip.header.MaxForwards;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import java.util.Locale;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.message.Request;

/**
 * Requests from RFC 2543 elements (top Via without the {@code z9hG4bK} magic cookie), which RFC 3261 still accepts
 * (§8.2, RFC 4475 §3.4.1 {@code inv2543}): RFC 2543 made Max-Forwards optional, so such a request without one is
 * taken as if it carried 70 (RFC 3261 §8.1.1.6's recommended value) rather than refused. A request of RFC 3261
 * (magic cookie) without Max-Forwards is still refused 400. RFC 2543 made Contact optional in an INVITE too, the
 * caller being reached at its From address then (RFC 2543 §6.13): such an INVITE without Contact is given its From
 * URI as Contact rather than refused. Transaction matching for these requests is JAIN-SIP's
 * RFC 2543 fallback (§17.2.3: Request-URI, From tag, To tag, Call-ID, CSeq, top Via).
 */
final class Rfc2543 {

    private static final int DEFAULT_MAX_FORWARDS = 70;

    private Rfc2543() {
    }

    /** Completes an RFC 2543 request with what RFC 3261 requires and RFC 2543 left optional. */
    static void complete(Request request) {
        if (!(request instanceof SIPRequest sip) || !isRfc2543(sip)) {
            return;
        }
        try {
            if (request.getHeader(MaxForwardsHeader.NAME) == null) {
                request.setHeader(new MaxForwards(DEFAULT_MAX_FORWARDS));
            }
        } catch (InvalidArgumentException e) {
            throw new IllegalStateException(e);
        }
        if (Request.INVITE.equals(request.getMethod()) && request.getHeader(ContactHeader.NAME) == null
                && request.getHeader(FromHeader.NAME) instanceof FromHeader from && from.getAddress() != null) {
            Contact contact = new Contact();
            contact.setAddress((Address) from.getAddress().clone());
            request.setHeader(contact);
        }
    }

    private static boolean isRfc2543(SIPRequest request) {
        Via top = request.getTopmostVia();
        String branch = top == null ? null : top.getBranch();
        return top != null && (branch == null || !branch.toLowerCase(Locale.ROOT).startsWith("z9hg4bk"));
    }
}
