package org.parley.sipconnector.jain;

import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.SIPHeaderList;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.InvalidArgumentException;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipSendException;

/**
 * Builds what the connector sends on its own behalf: new requests with the connector's Via and Contact, fresh
 * Call-IDs and branches, the application's extra headers (checked), bodies. The advertised host and port are what
 * peers see of the connector.
 */
final class OutgoingMessages {

    /** Headers the connector writes itself; the application's extra headers may not set them. */
    private static final Set<String> CONNECTOR_HEADERS = Set.of("via", "from", "to", "call-id", "cseq",
            "content-length", "content-type", "max-forwards", "contact", "route", "record-route");

    private static final String MAGIC_COOKIE = "z9hG4bK";

    final MessageFactory messages;
    final HeaderFactory headers;
    final AddressFactory addresses;
    private final String host;
    private final Map<String, Integer> ports;

    OutgoingMessages(MessageFactory messages, HeaderFactory headers, AddressFactory addresses, String host, int port) {
        this(messages, headers, addresses, host, Map.of("UDP", port, "TCP", port));
    }

    /** {@code ports}: the port of each transport the connector listens on ({@code UDP}, {@code TCP}, {@code WS} …). */
    OutgoingMessages(MessageFactory messages, HeaderFactory headers, AddressFactory addresses, String host,
            Map<String, Integer> ports) {
        this.messages = messages;
        this.headers = headers;
        this.addresses = addresses;
        this.host = host;
        this.ports = Map.copyOf(ports);
    }

    /** The port peers reach the connector at over {@code transport} (the UDP port for one it does not listen on). */
    private int port(String transport) {
        Integer p = ports.get(transport.toUpperCase(Locale.ROOT));
        return p != null ? p : ports.get("UDP");
    }

    String host() {
        return host;
    }

    /** A Call-ID no other dialog has: 128 random bits at the connector's host. */
    String newCallId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()) + "@" + host;
    }

    /** Whether {@code callId} is one {@link #newCallId()} made (of this connector's host). */
    boolean madeCallId(String callId) {
        return callId.endsWith("@" + host) && callId.length() > host.length() + 17;
    }

    /** An RFC 3261 branch (magic cookie plus 96 random bits). */
    static String newBranch() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return MAGIC_COOKIE + Long.toHexString(random.nextLong()) + Integer.toHexString(random.nextInt());
    }

    /** The connector's Via for a request sent over {@code transport}, asking for rport (RFC 3581). */
    ViaHeader via(String transport) {
        int port = port(transport);
        try {
            ViaHeader via = headers.createViaHeader(host, port, transport, newBranch());
            via.setRPort();
            return via;
        } catch (ParseException | InvalidArgumentException e) {
            throw new SipSendException("cannot build a Via for " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The connector's Contact for a dialog over {@code transport}, with {@code user} as its user part if given. */
    ContactHeader contact(String transport, String user) {
        try {
            SipURI uri = addresses.createSipURI(user == null || user.isEmpty() ? null : user, host);
            uri.setPort(port(transport));
            if (!"UDP".equalsIgnoreCase(transport)) {
                uri.setTransportParam(transport.toLowerCase(Locale.ROOT));
            }
            return headers.createContactHeader(addresses.createAddress(uri));
        } catch (ParseException e) {
            throw new SipSendException("cannot build a Contact for " + host + ": " + e.getMessage(), e);
        }
    }

    /** A request with the mandatory headers (RFC 3261 §8.1.1); the caller adds Route, Contact, body. */
    Request request(URI requestUri, String method, CallIdHeader callId, long cseq, FromHeader from, ToHeader to,
            String transport, int maxForwards) {
        try {
            CSeqHeader cseqHeader = headers.createCSeqHeader(cseq, method);
            MaxForwardsHeader hops = headers.createMaxForwardsHeader(maxForwards);
            List<ViaHeader> vias = new ArrayList<>(1);
            vias.add(via(transport));
            return messages.createRequest(requestUri, method, callId, cseqHeader, from, to, vias, hops);
        } catch (ParseException | InvalidArgumentException e) {
            throw new SipSendException("cannot build " + method + ": " + e.getMessage(), e);
        }
    }

    /**
     * The transport a request leaves on, as its next hop will be chosen: the pinned hop's, else the first Route's or
     * the Request-URI's {@code transport} parameter, TCP for {@code sips}, else UDP.
     */
    static String transportOf(URI next) {
        if (next instanceof SipURI sip) {
            String transport = sip.getTransportParam();
            if (transport != null) {
                return transport.toUpperCase(Locale.ROOT);
            }
            return sip.isSecure() ? "TCP" : "UDP";
        }
        return "UDP";
    }


    URI uri(String text) {
        try {
            return addresses.createURI(text.trim());
        } catch (ParseException e) {
            throw new SipSendException("not a URI: " + text + " (" + e.getMessage() + ")", e);
        }
    }

    /** A From header from its value without tag ({@code "Alice" <sip:2001@pbx>}), with our tag. */
    FromHeader from(String value, String tag) {
        FromHeader from = (FromHeader) single("From", value);
        try {
            from.setTag(tag);
        } catch (ParseException e) {
            throw new SipSendException("bad From tag: " + e.getMessage(), e);
        }
        return from;
    }

    ToHeader to(String value) {
        ToHeader to = (ToHeader) single("To", value);
        to.removeParameter("tag");
        return to;
    }


    /** Adds the application's extra headers; those the connector writes itself are refused. */
    void addHeaders(Message message, List<SipHeader> extra) {
        for (SipHeader h : extra) {
            for (SIPHeader header : parse(h)) {
                if (CONNECTOR_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))) {
                    throw new SipSendException(header.getName() + " is set by the connector");
                }
                message.addHeader(header);
            }
        }
    }

    /** Sets a body with its Content-Type; nothing for an empty body. */
    void setBody(Message message, SipBody body) {
        if (body.isEmpty()) {
            return;
        }
        try {
            ContentTypeHeader type = (ContentTypeHeader) single("Content-Type", body.contentType());
            message.setContent(body.content(), type);
        } catch (ParseException e) {
            throw new SipSendException("cannot attach a " + body.contentType() + " body: " + e.getMessage(), e);
        }
    }

    /** Copies {@code source}'s body (and Content-Type) into {@code target}, if it has one. */
    static void copyBody(Message source, Message target) {
        byte[] content = source.getRawContent();
        if (content == null || content.length == 0) {
            return;
        }
        if (!(source.getHeader(ContentTypeHeader.NAME) instanceof ContentTypeHeader type)) {
            return;
        }
        try {
            target.setContent(content, (ContentTypeHeader) type.clone());
        } catch (ParseException e) {
            throw new SipSendException("cannot copy a body: " + e.getMessage(), e);
        }
    }

    /** The body of a received message as the API's value, empty when it has none. */
    static SipBody body(Message message) {
        byte[] content = message.getRawContent();
        if (content == null || content.length == 0
                || !(message.getHeader(ContentTypeHeader.NAME) instanceof ContentTypeHeader type)) {
            return SipBody.empty();
        }
        String contentType = type.getContentType() + "/" + type.getContentSubType();
        return new SipBody(contentType, content);
    }

    /** A header parsed from text; the name decides its class. */
    static Header single(String name, String value) {
        List<SIPHeader> parsed = parse(new SipHeader(name, value));
        if (parsed.size() != 1) {
            throw new SipSendException(name + " must have exactly one value, not: " + value);
        }
        return parsed.get(0);
    }

    /** One header as JAIN-SIP headers: one, or each value of a comma-separated list. */
    static List<SIPHeader> parse(SipHeader h) {
        if (h.value().indexOf('\r') >= 0 || h.value().indexOf('\n') >= 0) {
            throw new SipSendException("the value of " + h.name() + " spans lines");
        }
        try {
            SIPHeader parsed = StringMsgParser.parseSIPHeader(h.name() + ": " + h.value());
            if (parsed instanceof SIPHeaderList<?> list) {
                List<SIPHeader> values = new ArrayList<>();
                for (Object value : list) {
                    values.add((SIPHeader) value);
                }
                return values;
            }
            return List.of(parsed);
        } catch (ParseException e) {
            throw new SipSendException("cannot parse " + h.name() + ": " + e.getMessage(), e);
        }
    }
}
