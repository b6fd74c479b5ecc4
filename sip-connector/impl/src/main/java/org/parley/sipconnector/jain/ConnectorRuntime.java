package org.parley.sipconnector.jain;

import jakarta.resource.spi.work.WorkManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ObjectInUseException;
import javax.sip.SipException;
import org.parley.sipconnector.DialogKey;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.OutboundRegistration;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipHeader;
import org.parley.sipconnector.SipListeningPoint;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SubscriptionDialog;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.media.MediaEngine;
import org.parley.sipconnector.media.MediaSettings;

/**
 * What exists while the resource adapter is started: the stack, its listener, the transaction registry, call control
 * and the connector's timers.
 */
final class ConnectorRuntime {

    private static final Logger LOG = Logger.getLogger(ConnectorRuntime.class.getName());

    /** How long a stopping adapter waits for registrars to answer its un-REGISTERs. */
    private static final Duration UNREGISTER_WAIT = Duration.ofSeconds(2);

    private final JainSipStack stack;
    private final ServerTransactions transactions;
    private final SipTimers timers;
    private final ConnectorControl calls;
    private final MediaEngine media;
    private final SourceFilter sources;
    private final String advertisedHost;

    private ConnectorRuntime(JainSipStack stack, ServerTransactions transactions, SipTimers timers,
            ConnectorControl calls, MediaEngine media, SourceFilter sources, String advertisedHost) {
        this.sources = sources;
        this.advertisedHost = advertisedHost;
        this.stack = stack;
        this.transactions = transactions;
        this.timers = timers;
        this.calls = calls;
        this.media = media;
    }

    /**
     * Binds the listening points and starts delivering to {@code endpoints} through {@code workManager}.
     *
     * @throws SipException when the stack cannot be created or bound
     */
    static ConnectorRuntime start(SipSettings settings, MediaSettings mediaSettings, Timing timing,
            WorkManager workManager, MessageEndpoints endpoints) throws SipException {
        JainSipStack stack = JainSipStack.start(settings);
        ServerTransactions transactions = new ServerTransactions();
        Responder responder = new Responder(transactions, stack.provider(), stack.messageFactory());
        InFlightLimit limit = new InFlightLimit(settings.maxInFlight());
        SipTimers timers = new SipTimers();
        String advertised = advertisedHost(settings);
        OutgoingMessages out = new OutgoingMessages(stack.messageFactory(), stack.headerFactory(),
                stack.addressFactory(), advertised, stack.transportPorts());
        CallContext context = new CallContext(stack.provider(), out, stack.router(), timers, timing, responder, limit,
                endpoints, workManager);
        SourceFilter sources = new SourceFilter(settings.scannerAgents(), Clock.systemUTC());
        InboundDispatcher dispatcher = new InboundDispatcher(stack.provider(), transactions, limit, endpoints,
                workManager, new MessageViews(), responder, context, sources,
                new CallAdmission(settings.maxCallSetups()));
        MediaEngine media = MediaEngine.start(mediaSettings, context.mediaEvents, context.dtmf,
                new MediaThreads());
        stack.listen(dispatcher);
        return new ConnectorRuntime(stack, transactions, timers, dispatcher.calls(), media, sources, advertised);
    }

    /**
     * The host peers see in the connector's Via and Contact: the configured one, else the bound address, else (bound
     * to a wildcard) this machine's first non-loopback IPv4 address.
     */
    static String advertisedHost(SipSettings settings) {
        if (!settings.advertisedHost().isEmpty()) {
            return settings.advertisedHost();
        }
        String host = settings.host();
        if (!"0.0.0.0".equals(host) && !"::".equals(host) && !"[::]".equals(host)) {
            return host;
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            LOG.log(Level.WARNING, "Cannot list network interfaces: {0}", e.getMessage());
        }
        LOG.warning("No non-loopback address found; advertising 127.0.0.1 (set PARLEY_SIP_ADVERTISED_HOST)");
        return "127.0.0.1";
    }

    void respond(String transactionKey, SipResponseSpec response) {
        calls.respond(transactionKey, response);
    }

    String invite(OutboundInvite invite) {
        return calls.invite(invite);
    }

    void cancel(String legId) {
        calls.cancel(legId);
    }

    void acknowledge(String legId, SipBody answer) {
        calls.acknowledge(legId, answer);
    }

    void bridge(String legA, String legB) {
        calls.bridge(legA, legB);
    }

    void hangup(String legId) {
        calls.hangup(legId);
    }

    void unbridge(String legId) {
        calls.unbridge(legId);
    }

    void sendInDialog(String legId, String method, List<SipHeader> headers, SipBody body) {
        calls.sendInDialog(legId, method, headers, body);
    }

    void notify(SubscriptionDialog dialog, long cseq, List<SipHeader> headers, SipBody body) {
        calls.subscriptions.notify(dialog, cseq, headers, body);
    }

    void reoffer(String legId, SipBody offer) {
        calls.reoffer(legId, offer);
    }

    Optional<String> legOf(DialogKey dialog) {
        return calls.legOf(dialog);
    }

    void register(OutboundRegistration registration) {
        calls.register(registration);
    }

    void unregister(String key) {
        calls.unregister(key);
    }

    void blockSource(String address, Instant until) {
        sources.block(address, until);
    }

    void discard(String transactionKey) {
        InboundTransaction tx = transactions.find(transactionKey)
                .orElseThrow(() -> new SipSendException("no open transaction " + transactionKey));
        if (tx.isInvite()) {
            throw new SipSendException("an INVITE opened a leg and cannot be discarded; answer it");
        }
        if (transactions.close(tx)) {
            try {
                tx.transaction().terminate();
            } catch (ObjectInUseException e) {
                throw new SipSendException("cannot end the transaction of " + tx.method() + ": " + e.getMessage());
            }
        }
    }

    void unblockSource(String address) {
        sources.unblock(address);
    }

    /** Server transactions the application was given and that are still open. */
    int openTransactions() {
        return transactions.size();
    }

    /** Messages the connector could not send since its stack started. */
    long failedSends() {
        return calls.ctx.sendFailures.count();
    }

    /** What the connector holds for calls and registrations right now (tests check it empties). */
    Occupancy occupancy() {
        CallContext ctx = calls.ctx;
        return new Occupancy(ctx.legs.size(), ctx.legs.dialogs(), ctx.legs.pendingInvites(), ctx.bridges.size(),
                ctx.router.pinned(), timers.pending(), calls.registrations.size(), ctx.limit.waiting(),
                ctx.limit.inFlight());
    }

    MediaEngine media() {
        return media;
    }

    List<SipListeningPoint> listeningPoints() {
        return stack.listeningPoints();
    }

    /** The host written in Via and Contact headers, where phones and trunks reach the connector. */
    String advertisedHost() {
        return advertisedHost;
    }

    /** Un-registers, stops the timers, then the stack. */
    void stop() {
        calls.registrations.stopAll(UNREGISTER_WAIT);
        media.stop();
        timers.stop();
        stack.stop();
    }
}
