package org.parley.dialplan.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parley.dialplan.InboundRoute;
import org.parley.dialplan.InboundRouteRepository;
import org.parley.dialplan.NumberPlan;
import org.parley.dialplan.OutboundRoute;
import org.parley.dialplan.OutboundRouteRepository;
import org.parley.dialplan.OutboundRule;

/**
 * Checks {@code PARLEY_COUNTRY} (an unknown code stops the start with a clear message) and loads the routes into
 * memory once the schema is migrated.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DialplanStartup {

    private static final Logger LOG = Logger.getLogger(DialplanStartup.class.getName());

    @Inject
    NumberPlan plan;

    @Inject
    OutboundRouteRepository outbound;

    @Inject
    InboundRouteRepository inbound;

    @Inject
    RouteCache cache;

    @PostConstruct
    void load() {
        String country = plan.country();
        List<OutboundRule> rules = outbound.all().stream().map(OutboundRoute::rule).toList();
        Map<String, String> dids = inbound.all().stream()
                .collect(Collectors.toMap(InboundRoute::did, InboundRoute::extension));
        cache.load(rules, dids);
        LOG.info(() -> "Dialplan: country " + country + ", " + rules.size() + " outbound routes, " + dids.size()
                + " inbound routes");
        if (!rules.isEmpty() && !cache.table().carriesEmergencyCalls()) {
            LOG.warning("Dialplan: no outbound route carries emergency calls; add one of class EMERGENCY or ANY"
                    + " without a prefix");
        }
    }
}
