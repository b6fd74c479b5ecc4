package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.Via;
import java.util.Locale;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/**
 * What ties a CANCEL to the INVITE it cancels (RFC 3261 §9.2, §17.2.3): the same Call-ID, the same top Via branch and
 * the same top Via sent-by (a CANCEL from another sender reusing the branch cancels nothing).
 *
 * @param callId Call-ID
 * @param branch top Via branch
 * @param sentBy top Via sent-by, lower case
 */
record InviteRef(String callId, String branch, String sentBy) {

    /** The reference of an INVITE or CANCEL; null for a request without a branch (RFC 2543 peers). */
    static InviteRef of(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        if (via == null || via.getBranch() == null || callId == null) {
            return null;
        }
        String sentBy = via instanceof Via nist ? nist.getSentBy().encode() : via.getHost() + ":" + via.getPort();
        return new InviteRef(callId.getCallId(), via.getBranch(), sentBy.toLowerCase(Locale.ROOT));
    }
}
