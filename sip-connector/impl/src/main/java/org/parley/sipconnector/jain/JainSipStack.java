package org.parley.sipconnector.jain;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TooManyListenersException;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TransportNotSupportedException;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.parley.sipconnector.SipListeningPoint;

/**
 * The one JAIN-SIP stack of the connector: a UDP and a TCP listening point on the same host and port, and the
 * WebSocket and TLS ones on theirs, served by one provider. Built directly from the implementation classes rather than through {@code SipFactory}, whose
 * singleton caches stacks by name and loads classes by path.
 */
final class JainSipStack {

    private final SipStackImpl stack;
    private final List<ListeningPoint> started;
    private final SipProvider provider;
    private final MessageFactory messageFactory = new MessageFactoryImpl();
    private final HeaderFactory headerFactory = new HeaderFactoryImpl();
    private final AddressFactory addressFactory = new AddressFactoryImpl();

    private JainSipStack(SipStackImpl stack, List<ListeningPoint> started, SipProvider provider) {
        this.stack = stack;
        this.started = List.copyOf(started);
        this.provider = provider;
    }

    /**
     * Creates the stack and binds its listening points; nothing is delivered until {@link #listen(SipListener)}.
     *
     * @throws SipException when the stack cannot be created or a socket cannot be bound
     */
    static JainSipStack start(SipSettings settings) throws SipException {
        SipStackImpl stack = new SipStackImpl(StackProperties.of(settings));
        List<ListeningPoint> started = new ArrayList<>();
        try {
            for (Map.Entry<String, Integer> bound : ports(settings).entrySet()) {
                String transport = bound.getKey();
                ListeningPoint lp = stack.createListeningPoint(settings.host(), bound.getValue(), transport);
                started.add(lp);
                StackLifecycle.awaitStarted(lp, settings.stackThreads());
            }
            SipProvider provider = stack.createSipProvider(started.get(0));
            for (ListeningPoint lp : started.subList(1, started.size())) {
                provider.addListeningPoint(lp);
            }
            return new JainSipStack(stack, started, provider);
        } catch (TransportNotSupportedException | InvalidArgumentException | ObjectInUseException e) {
            StackLifecycle.stop(stack, started);
            throw new SipException("cannot listen on " + settings.host() + " " + ports(settings) + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            StackLifecycle.stop(stack, started);
            throw e;
        }
    }

    /** The transports to listen on and their ports: UDP and TCP, then those of {@link WebTransports} not off. */
    private static Map<String, Integer> ports(SipSettings settings) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(ListeningPoint.UDP, settings.port());
        ports.put(ListeningPoint.TCP, settings.port());
        WebTransports web = settings.web();
        if (web.wsPort() > 0) {
            ports.put("WS", web.wsPort());
        }
        if (web.wssPort() > 0) {
            ports.put("WSS", web.wssPort());
        }
        if (web.tlsPort() > 0) {
            ports.put(ListeningPoint.TLS, web.tlsPort());
        }
        return ports;
    }

    /** Starts delivering what arrives to {@code listener}. */
    void listen(SipListener listener) {
        Objects.requireNonNull(listener, "listener");
        try {
            provider.addSipListener(listener);
        } catch (TooManyListenersException e) {
            throw new IllegalStateException("the connector's provider already has a listener", e);
        }
    }

    SipProvider provider() {
        return provider;
    }

    MessageFactory messageFactory() {
        return messageFactory;
    }

    HeaderFactory headerFactory() {
        return headerFactory;
    }

    AddressFactory addressFactory() {
        return addressFactory;
    }

    /** The router JAIN-SIP created from {@code javax.sip.ROUTER_PATH}. */
    LegRouter router() {
        return (LegRouter) stack.getRouter();
    }

    /** The port the listening points are bound to. */
    int port() {
        return started.get(0).getPort();
    }

    /** The bound port of each transport ({@code UDP}, {@code TCP}, {@code WS} …). */
    Map<String, Integer> transportPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        started.forEach(lp -> ports.put(lp.getTransport().toUpperCase(Locale.ROOT), lp.getPort()));
        return ports;
    }

    /** The bound sockets, as the API describes them. */
    List<SipListeningPoint> listeningPoints() {
        return started.stream()
                .map(lp -> new SipListeningPoint(lp.getTransport().toUpperCase(Locale.ROOT), lp.getIPAddress(),
                        lp.getPort()))
                .toList();
    }

    /** Closes the sockets and ends every thread of the stack. */
    void stop() {
        StackLifecycle.stop(stack, started);
    }
}
