package org.parley.sipconnector.jain;

import gov.nist.javax.sip.stack.DefaultRouter;
import gov.nist.javax.sip.stack.HopImpl;
import java.util.ListIterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sip.SipException;
import javax.sip.SipStack;
import javax.sip.address.Hop;
import javax.sip.address.Router;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;

/**
 * JAIN-SIP's router for every request the connector sends ({@code javax.sip.ROUTER_PATH}). A dialog may be pinned to a
 * next hop by its Call-ID: an outgoing leg to the {@code target} Parley gave (a registered phone's source address, a
 * trunk's proxy), an incoming leg from a phone behind NAT to the address its INVITE came from. Anything else is
 * routed as RFC 3261 §8.1.2 has it (first Route, else the Request-URI) by JAIN-SIP's default router.
 */
public final class LegRouter implements Router {

    private final DefaultRouter defaults;
    private final ConcurrentMap<String, Hop> pins = new ConcurrentHashMap<>();

    /** Called by JAIN-SIP when the stack is created. */
    public LegRouter(SipStack stack, String outboundProxy) {
        this.defaults = new DefaultRouter(stack, outboundProxy);
    }

    /** Every request of the dialog with this Call-ID goes to {@code hop}. */
    Hop pin(String callId, String host, int port, String transport) {
        Hop hop = new HopImpl(host, port, transport);
        pins.put(callId, hop);
        return hop;
    }

    /** Removes the pin, if it is still {@code hop} (another dialog may have pinned the same Call-ID since). */
    void unpin(String callId, Hop hop) {
        if (hop != null) {
            pins.remove(callId, hop);
        }
    }

    int pinned() {
        return pins.size();
    }

    @Override
    public Hop getNextHop(Request request) throws SipException {
        if (request.getHeader(CallIdHeader.NAME) instanceof CallIdHeader callId) {
            Hop pinned = pins.get(callId.getCallId());
            if (pinned != null) {
                return pinned;
            }
        }
        return defaults.getNextHop(request);
    }

    @Override
    public Hop getOutboundProxy() {
        return defaults.getOutboundProxy();
    }

    /** Deprecated in JAIN-SIP and never called by it. */
    @Override
    @SuppressWarnings({"rawtypes", "deprecation"})
    public ListIterator getNextHops(Request request) {
        return defaults.getNextHops(request);
    }
}
