package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.SIPHeaderList;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * Builds responses from the request of a server transaction (RFC 3261 §8.2.6: Via, From, To, Call-ID and CSeq
 * copied, a To tag added when the request's To has none) plus the application's status, headers and body, and sends
 * them on that transaction.
 */
final class Responder {

    /** Headers the connector itself writes; a response spec may not set them. */
    private static final Set<String> CONNECTOR_HEADERS =
            Set.of("via", "from", "to", "call-id", "cseq", "content-length");

    private final ServerTransactions transactions;
    private final SipProvider provider;
    private final MessageFactory messages;

    Responder(ServerTransactions transactions, SipProvider provider, MessageFactory messages) {
        this.transactions = transactions;
        this.provider = provider;
        this.messages = messages;
    }

    /**
     * Answers the transaction the application knows by {@code key}. After a final response to a non-INVITE request
     * the key names nothing any more.
     *
     * @throws SipSendException when the key names no open transaction, the spec cannot be encoded, or JAIN-SIP
     *                          refuses to send
     */
    void respond(String key, SipResponseSpec spec) {
        InboundTransaction tx = transactions.find(key).orElseThrow(() -> new SipSendException(
                "no open server transaction " + key + " (answered, timed out, or never given out)"));
        Response response = build(tx.transaction().getRequest(), tx.localTag(), spec);
        boolean closes = spec.statusCode() >= 200 && !tx.isInvite();
        if (closes && !transactions.close(tx)) {
            throw new SipSendException("server transaction " + key + " was answered meanwhile");
        }
        try {
            send(tx.transaction(), response);
        } catch (SipSendException e) {
            if (closes && !tx.isAnswered()) {
                transactions.reopen(tx);
            }
            throw e;
        }
    }

    /** Answers a transaction never given to the application, with a final response the connector decided on. */
    void answer(ServerTransaction transaction, SipResponseSpec spec) {
        send(transaction, build(transaction.getRequest(), LocalTags.next(), spec));
    }

    /** Takes a transaction out of the registry once nothing more can be sent on it. */
    void forget(InboundTransaction tx) {
        transactions.close(tx);
    }

    /** Answers a transaction the connector handles itself, with {@code localTag} if the request's To has none. */
    void answer(ServerTransaction transaction, SipResponseSpec spec, String localTag) {
        send(transaction, build(transaction.getRequest(), localTag, spec));
    }

    /** Builds the response a spec describes for the transaction {@code tx} (not sent). */
    Response build(InboundTransaction tx, SipResponseSpec spec) {
        return build(tx.transaction().getRequest(), tx.localTag(), spec);
    }

    /** Answers without a transaction: for a request JAIN-SIP parsed but would not open one for. */
    void answerStatelessly(Request request, SipResponseSpec spec) {
        Response response = build(request, LocalTags.next(), spec);
        try {
            provider.sendResponse(response);
        } catch (SipException | RuntimeException e) {
            throw notSent(response, e);
        }
    }

    static void send(ServerTransaction transaction, Response response) {
        try {
            transaction.sendResponse(response);
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            throw notSent(response, e);
        }
    }

    /**
     * JAIN-SIP signals an unroutable response with a checked exception, or with a runtime one (a Via naming a
     * transport the connector does not listen on fails with a NullPointerException inside the stack).
     */
    private static SipSendException notSent(Response response, Exception cause) {
        return new SipSendException("cannot send " + response.getStatusCode() + ": " + cause, cause);
    }

    /** One header of a spec as JAIN-SIP headers: one, or each value of a comma-separated list. */
    private static List<SIPHeader> parse(SipHeader h) throws ParseException {
        if (h.value().indexOf('\r') >= 0 || h.value().indexOf('\n') >= 0) {
            throw new SipSendException("the value of " + h.name() + " spans lines");
        }
        SIPHeader parsed = StringMsgParser.parseSIPHeader(h.name() + ": " + h.value());
        if (CONNECTOR_HEADERS.contains(parsed.getName().toLowerCase(Locale.ROOT))) {
            throw new SipSendException(parsed.getName() + " is set by the connector, not by a response spec");
        }
        if (parsed instanceof SIPHeaderList<?> list) {
            List<SIPHeader> values = new ArrayList<>();
            for (Object value : list) {
                values.add((SIPHeader) value);
            }
            return values;
        }
        return List.of(parsed);
    }

    private Response build(Request request, String localTag, SipResponseSpec spec) {
        if (request == null) {
            throw new SipSendException("the transaction no longer holds its request");
        }
        try {
            Response response = messages.createResponse(spec.statusCode(), request);
            response.setReasonPhrase(spec.reasonPhrase().isEmpty()
                    ? ReasonPhrases.of(spec.statusCode()) : spec.reasonPhrase());
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (spec.statusCode() != Response.TRYING && to.getTag() == null && !localTag.isEmpty()) {
                to.setTag(localTag);
            }
            ContentTypeHeader contentType = null;
            for (SipHeader h : spec.headers()) {
                for (SIPHeader header : parse(h)) {
                    if (header instanceof ContentTypeHeader type) {
                        contentType = type;
                    } else {
                        response.addHeader(header);
                    }
                }
            }
            byte[] body = spec.body();
            if (body.length > 0) {
                if (contentType == null) {
                    throw new SipSendException("a response body needs a Content-Type header");
                }
                response.setContent(body, contentType);
            } else if (contentType != null) {
                response.setHeader(contentType);
            }
            return response;
        } catch (ParseException e) {
            throw new SipSendException("cannot build a " + spec.statusCode() + " response: " + e.getMessage(), e);
        }
    }
}
