package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.SIPHeader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.SipSendException;

/**
 * The state of one dialog (RFC 3261 §12) as the connector keeps it for a leg: Call-ID, the two tags, the parties,
 * remote target, route set and the two CSeq counters. Builds the requests sent within it. Not thread-safe: its leg's
 * lock guards it.
 */
final class LegDialog {

    private final CallIdHeader callId;
    private final String localTag;
    private final Address localParty;
    private final Address remoteParty;
    private String remoteTag;
    private URI remoteTarget;
    private List<RouteHeader> routeSet = List.of();
    private long localCSeq;
    private long remoteCSeq = -1;

    private LegDialog(CallIdHeader callId, String localTag, Address localParty, Address remoteParty, String remoteTag,
            URI remoteTarget, long localCSeq) {
        this.callId = callId;
        this.localTag = localTag;
        this.localParty = localParty;
        this.remoteParty = remoteParty;
        this.remoteTag = remoteTag;
        this.remoteTarget = remoteTarget;
        this.localCSeq = localCSeq;
    }

    /**
     * The dialog a received INVITE opens on our side (§12.1.1): route set from its Record-Route, remote target from
     * its Contact, remote CSeq from its CSeq, our To tag as local tag.
     */
    static LegDialog asCallee(Request invite, String localTag) {
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) invite.getHeader(ToHeader.NAME);
        LegDialog dialog = new LegDialog((CallIdHeader) invite.getHeader(CallIdHeader.NAME).clone(), localTag,
                (Address) to.getAddress().clone(), (Address) from.getAddress().clone(), nonNull(from.getTag()),
                contactUri(invite), 0);
        dialog.routeSet = routes(invite, false);
        dialog.remoteCSeq = ((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber();
        return dialog;
    }

    /** The dialog of an INVITE we send, before any answer: the remote target is the Request-URI until a 2xx. */
    static LegDialog asCaller(Request invite) {
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) invite.getHeader(ToHeader.NAME);
        return new LegDialog((CallIdHeader) invite.getHeader(CallIdHeader.NAME).clone(), from.getTag(),
                (Address) from.getAddress().clone(), (Address) to.getAddress().clone(), "",
                invite.getRequestURI(), ((CSeqHeader) invite.getHeader(CSeqHeader.NAME)).getSeqNumber());
    }

    /**
     * The dialog a 2xx to one of our INVITEs establishes (§12.1.2), for a response no leg holds (another fork's 2xx,
     * or one arriving after its leg ended): enough to acknowledge it and send BYE.
     */
    static LegDialog fromSuccess(Response ok) {
        FromHeader from = (FromHeader) ok.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) ok.getHeader(ToHeader.NAME);
        LegDialog dialog = new LegDialog((CallIdHeader) ok.getHeader(CallIdHeader.NAME).clone(), from.getTag(),
                (Address) from.getAddress().clone(), (Address) to.getAddress().clone(), nonNull(to.getTag()),
                null, ((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber());
        dialog.establish(ok);
        return dialog;
    }

    /** Fixes what a 2xx to our INVITE decides (§12.1.2): remote tag, remote target, route set (reversed). */
    void establish(Response ok) {
        remoteTag = nonNull(((ToHeader) ok.getHeader(ToHeader.NAME)).getTag());
        URI target = contactUri(ok);
        if (target != null) {
            remoteTarget = target;
        }
        routeSet = routes(ok, true);
    }

    /** A target refresh (re-INVITE, UPDATE, or their 2xx) may move the remote target (§12.2). */
    void refreshTarget(Message message) {
        URI target = contactUri(message);
        if (target != null) {
            remoteTarget = target;
        }
    }

    /**
     * Whether a request received in this dialog is in order (§12.2.2): its CSeq above the last one; records it.
     * ACK and CANCEL reuse their INVITE's number and are not counted.
     */
    boolean acceptRemoteCSeq(Request request) {
        long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        if (remoteCSeq >= 0 && cseq <= remoteCSeq) {
            return false;
        }
        remoteCSeq = cseq;
        return true;
    }

    /** A new request within the dialog (§12.2.1.1): next local CSeq, remote target, route set, our Via. */
    Request request(String method, OutgoingMessages out, int maxForwards) {
        return build(method, ++localCSeq, out, maxForwards);
    }

    /** The ACK for the 2xx to our INVITE numbered {@code cseq} (§13.2.2.4). */
    Request ack(long cseq, OutgoingMessages out) {
        return build(Request.ACK, cseq, out, 70);
    }

    private Request build(String method, long cseq, OutgoingMessages out, int maxForwards) {
        if (remoteTarget == null) {
            throw new SipSendException("the dialog " + callId.getCallId() + " has no remote target");
        }
        try {
            FromHeader from = out.headers.createFromHeader((Address) localParty.clone(), localTag);
            ToHeader to = out.headers.createToHeader((Address) remoteParty.clone(),
                    remoteTag.isEmpty() ? null : remoteTag);
            URI requestUri = (URI) remoteTarget.clone();
            String transport = OutgoingMessages.transportOf(routeSet.isEmpty()
                    ? requestUri : routeSet.get(0).getAddress().getURI());
            Request request = out.request(requestUri, method, (CallIdHeader) callId.clone(), cseq, from, to,
                    transport, maxForwards);
            for (RouteHeader route : routeSet) {
                request.addHeader((RouteHeader) route.clone());
            }
            return request;
        } catch (ParseException e) {
            throw new SipSendException("cannot build " + method + " in dialog " + callId.getCallId() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Our INVITE went out again with this CSeq (after a challenge); later requests count on from it. */
    void sentCSeq(long cseq) {
        localCSeq = Math.max(localCSeq, cseq);
    }

    String callId() {
        return callId.getCallId();
    }

    String localTag() {
        return localTag;
    }

    /** The far end's tag; empty until a 2xx fixed it on an outgoing leg. */
    String remoteTag() {
        return remoteTag;
    }


    /** The transport this dialog's requests leave on, unless its next hop is pinned. */
    String transport() {
        return OutgoingMessages.transportOf(routeSet.isEmpty() ? remoteTarget : routeSet.get(0).getAddress().getURI());
    }

    boolean hasRouteSet() {
        return !routeSet.isEmpty();
    }

    private static URI contactUri(Message message) {
        if (message.getHeader(ContactHeader.NAME) instanceof ContactHeader contact && contact.getAddress() != null) {
            return (URI) contact.getAddress().getURI().clone();
        }
        return null;
    }

    /** Record-Route values as Route headers, in order (callee) or reversed (caller). */
    private static List<RouteHeader> routes(Message message, boolean reversed) {
        ListIterator<?> records = message.getHeaders(RecordRouteHeader.NAME);
        if (records == null || !records.hasNext()) {
            return List.of();
        }
        List<RouteHeader> routes = new ArrayList<>();
        while (records.hasNext()) {
            SIPHeader record = (SIPHeader) records.next();
            routes.add((RouteHeader) OutgoingMessages.single("Route", record.getHeaderValue().trim()));
        }
        if (reversed) {
            Collections.reverse(routes);
        }
        return List.copyOf(routes);
    }

    private static String nonNull(String tag) {
        return tag == null ? "" : tag;
    }
}
