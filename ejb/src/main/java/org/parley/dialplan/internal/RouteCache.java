package org.parley.dialplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.dialplan.InboundRouteRemoved;
import org.parley.dialplan.InboundRouteSaved;
import org.parley.dialplan.OutboundRouteRemoved;
import org.parley.dialplan.OutboundRouteSaved;
import org.parley.dialplan.OutboundRule;
import org.parley.dialplan.RouteTable;

/** Outbound and inbound routes in memory, kept in step with committed changes. */
@ApplicationScoped
public class RouteCache {

    private final Map<String, OutboundRule> outbound = new ConcurrentHashMap<>();
    private final Map<String, String> inbound = new ConcurrentHashMap<>();
    private volatile RouteTable table = new RouteTable(List.of());

    /** The outbound routes in the order they are tried. */
    public RouteTable table() {
        return table;
    }

    /** The extension an E.164 DID rings. */
    public Optional<String> extensionFor(String did) {
        return Optional.ofNullable(inbound.get(did));
    }

    public int inboundCount() {
        return inbound.size();
    }

    synchronized void load(Collection<OutboundRule> rules, Map<String, String> dids) {
        outbound.clear();
        rules.forEach(r -> outbound.put(r.name(), r));
        inbound.clear();
        inbound.putAll(dids);
        table = new RouteTable(outbound.values());
    }

    synchronized void onOutboundSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboundRouteSaved event) {
        outbound.put(event.rule().name(), event.rule());
        table = new RouteTable(outbound.values());
    }

    synchronized void onOutboundRemoved(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) OutboundRouteRemoved event) {
        outbound.remove(event.name());
        table = new RouteTable(outbound.values());
    }

    void onInboundSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundRouteSaved event) {
        inbound.put(event.did(), event.extension());
    }

    void onInboundRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundRouteRemoved event) {
        inbound.remove(event.did());
    }
}
