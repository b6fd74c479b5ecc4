package org.parley.sipconnector.jain;

import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/**
 * What ties a CANCEL to the INVITE it cancels (RFC 3261 §9.2): the same Call-ID and the same top Via branch.
 *
 * @param callId Call-ID
 * @param branch top Via branch
 */
record InviteRef(String callId, String branch) {

    /** The reference of an INVITE or CANCEL; null for a request without a branch (RFC 2543 peers). */
    static InviteRef of(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        if (via == null || via.getBranch() == null || callId == null) {
            return null;
        }
        return new InviteRef(callId.getCallId(), via.getBranch());
    }
}
