package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.AuthenticationHeader;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.SIPHeaderList;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.MessageChannel;
import java.net.InetAddress;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentLengthHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.CSeq;
import org.parley.sipconnector.SipMessage;
import org.parley.sipconnector.SipPeer;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponse;

/**
 * Builds the API's immutable views of received messages. Header values are JAIN-SIP's re-encoding of what it
 * parsed (compact names expanded, repeated headers grouped at their first occurrence), not the received bytes.
 */
final class MessageViews {

    /**
     * @throws UnusableMessageException when the request lacks something every view carries
     */
    SipRequest request(Request request, String transactionKey) {
        return request(request, transactionKey, null);
    }

    /**
     * @param legId the leg the request opens or belongs to, or null
     * @throws UnusableMessageException when the request lacks something every view carries
     */
    SipRequest request(Request request, String transactionKey, String legId) {
        return request(request, transactionKey, legId, "");
    }

    /**
     * @param legId    the leg the request opens or belongs to, or null
     * @param localTag the To tag the request's responses carry when its To has none (empty otherwise)
     * @throws UnusableMessageException when the request lacks something every view carries
     */
    SipRequest request(Request request, String transactionKey, String legId, String localTag) {
        SipRequest.Builder b = common(request, SipRequest.builder())
                .method(request.getMethod())
                .requestUri(HeaderViews.uri(request.getRequestURI()))
                .transactionKey(transactionKey)
                .legId(legId)
                .localTag(localTag);
        return b.build();
    }

    /**
     * @param transactionKey key of the client transaction, or null for a response none expected
     * @throws UnusableMessageException when the response lacks something every view carries
     */
    SipResponse response(Response response, String transactionKey) {
        return common(response, SipResponse.builder())
                .statusCode(response.getStatusCode())
                .reasonPhrase(response.getReasonPhrase())
                .transactionKey(transactionKey)
                .build();
    }

    private static <B extends SipMessage.Builder<B>> B common(Message message, B b) {
        SIPMessage m = (SIPMessage) message;
        CallIdHeader callId = required(m.getCallId(), "Call-ID");
        CSeqHeader cseq = required(m.getCSeq(), "CSeq");
        b.transport(transport(m))
                .remote(remote(m))
                .local(peer(m.getLocalAddress(), m.getLocalPort(), "local address"))
                .callId(callId.getCallId())
                .from(HeaderViews.address(required(m.getFrom(), "From")))
                .to(HeaderViews.address(required(m.getTo(), "To")))
                .cseq(new CSeq(cseq.getSeqNumber(), cseq.getMethod()))
                .body(m.getRawContent());
        headers(m, b);
        each(m.getHeaders(ViaHeader.NAME), ViaHeader.class, v -> b.via(HeaderViews.via(v)));
        each(m.getHeaders(ContactHeader.NAME), ContactHeader.class, c -> {
            if (c.isWildCard()) {
                b.contactWildcard(true);
            } else {
                b.contact(HeaderViews.address(c));
            }
        });
        each(m.getHeaders(AuthorizationHeader.NAME), AuthenticationHeader.class,
                a -> b.authorization(HeaderViews.credentials(a)));
        each(m.getHeaders(ProxyAuthorizationHeader.NAME), AuthenticationHeader.class,
                a -> b.proxyAuthorization(HeaderViews.credentials(a)));
        ExpiresHeader expires = m.getExpires();
        if (expires != null) {
            b.expires(expires.getExpires());
        }
        if (m.getHeader(MaxForwardsHeader.NAME) instanceof MaxForwardsHeader maxForwards) {
            b.maxForwards(maxForwards.getMaxForwards());
        }
        return b;
    }

    /**
     * Every header as (long name, value), one entry per value of a multi-valued header. Content-Length comes last:
     * JAIN-SIP files it first whatever its place in the message.
     */
    private static void headers(SIPMessage m, SipMessage.Builder<?> b) {
        Iterator<SIPHeader> all = m.getHeaders();
        SIPHeader contentLength = null;
        while (all.hasNext()) {
            SIPHeader header = all.next();
            if (header instanceof SIPHeaderList<?> list) {
                for (Object element : list) {
                    add((SIPHeader) element, b);
                }
            } else if (header instanceof ContentLengthHeader) {
                contentLength = header;
            } else {
                add(header, b);
            }
        }
        if (contentLength != null) {
            add(contentLength, b);
        }
    }

    private static void add(SIPHeader header, SipMessage.Builder<?> b) {
        b.header(header.getName(), header.getHeaderValue().trim());
    }

    /** Every header of a message as the API's values, in the order a view lists them. */
    static java.util.List<org.parley.sipconnector.SipHeader> headerList(Message message) {
        java.util.List<org.parley.sipconnector.SipHeader> list = new java.util.ArrayList<>();
        Iterator<SIPHeader> all = ((SIPMessage) message).getHeaders();
        SIPHeader contentLength = null;
        while (all.hasNext()) {
            SIPHeader header = all.next();
            if (header instanceof SIPHeaderList<?> values) {
                for (Object element : values) {
                    SIPHeader value = (SIPHeader) element;
                    list.add(new org.parley.sipconnector.SipHeader(value.getName(), value.getHeaderValue().trim()));
                }
            } else if (header instanceof ContentLengthHeader) {
                contentLength = header;
            } else {
                list.add(new org.parley.sipconnector.SipHeader(header.getName(), header.getHeaderValue().trim()));
            }
        }
        if (contentLength != null) {
            list.add(new org.parley.sipconnector.SipHeader(contentLength.getName(),
                    contentLength.getHeaderValue().trim()));
        }
        return list;
    }

    /** The transport it arrived on: the receiving channel's for a request, the sender's Via for a response. */
    private static String transport(SIPMessage m) {
        if (m instanceof SIPRequest request && request.getMessageChannel() instanceof MessageChannel channel) {
            return channel.getTransport().toUpperCase(Locale.ROOT);
        }
        ViaHeader top = required((ViaHeader) m.getTopmostVia(), "Via");
        return top.getTransport().toUpperCase(Locale.ROOT);
    }

    /** The packet's source as the stack saw it; a Via's claims do not count. */
    private static SipPeer remote(SIPMessage m) {
        if (m.getPeerPacketSourceAddress() != null) {
            return peer(m.getPeerPacketSourceAddress(), m.getPeerPacketSourcePort(), "source address");
        }
        return peer(m.getRemoteAddress(), m.getRemotePort(), "source address");
    }

    private static SipPeer peer(InetAddress address, int port, String what) {
        return new SipPeer(required(address, what).getHostAddress(), port);
    }

    private static <T> void each(ListIterator<?> values, Class<T> type, Consumer<T> action) {
        while (values.hasNext()) {
            Object value = values.next();
            if (type.isInstance(value)) {
                action.accept(type.cast(value));
            }
        }
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new UnusableMessageException("no " + what);
        }
        return value;
    }
}
