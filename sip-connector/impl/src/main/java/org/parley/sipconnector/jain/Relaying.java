package org.parley.sipconnector.jain;

import java.util.ListIterator;
import java.util.Locale;
import java.util.Set;
import javax.sip.header.ContactHeader;
import javax.sip.header.Header;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.SipSendException;

/**
 * What passes from one leg's dialog to the other's when the connector relays: the body and the end-to-end headers.
 * Headers that belong to one hop or one dialog (Via, Route, tags, CSeq, Contact, authentication, reliable-provisional
 * and extension negotiation the connector does not take part in) stay behind; each dialog gets its own.
 */
final class Relaying {

    private static final Set<String> PER_DIALOG = Set.of("via", "route", "record-route", "from", "to", "call-id",
            "cseq", "contact", "max-forwards", "content-length", "content-type", "authorization",
            "proxy-authorization", "www-authenticate", "proxy-authenticate", "authentication-info", "proxy-require",
            "require", "supported", "rseq", "rack", "user-agent", "server");

    private Relaying() {
    }

    /** Copies the end-to-end headers and the body of {@code source} into {@code target}. */
    static void copy(Message source, Message target) {
        ListIterator<?> names = source.getHeaderNames();
        while (names.hasNext()) {
            String name = String.valueOf(names.next());
            if (PER_DIALOG.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            ListIterator<?> values = source.getHeaders(name);
            while (values.hasNext()) {
                target.addHeader((Header) ((Header) values.next()).clone());
            }
        }
        OutgoingMessages.copyBody(source, target);
    }

    /** The answer to {@code toAnswer} that carries what {@code answer} said; {@code contact} for a 2xx if given. */
    static Response response(MessageFactory messages, Request toAnswer, Response answer, ContactHeader contact) {
        try {
            Response relayed = messages.createResponse(answer.getStatusCode(), toAnswer);
            relayed.setReasonPhrase(answer.getReasonPhrase());
            copy(answer, relayed);
            if (contact != null) {
                relayed.setHeader(contact);
            }
            return relayed;
        } catch (java.text.ParseException e) {
            throw new SipSendException("cannot relay a " + answer.getStatusCode() + ": " + e.getMessage(), e);
        }
    }

    /** Max-Forwards for the relayed copy of {@code request}: one less (RFC 3261 §16.6); -1 when none is left. */
    static int nextMaxForwards(Request request) {
        if (request.getHeader(MaxForwardsHeader.NAME) instanceof MaxForwardsHeader hops) {
            return hops.getMaxForwards() - 1;
        }
        return 69;
    }
}
