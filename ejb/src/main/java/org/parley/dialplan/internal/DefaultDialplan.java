package org.parley.dialplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.dialplan.DialedNumber;
import org.parley.dialplan.Dialplan;
import org.parley.dialplan.NumberClass;
import org.parley.dialplan.NumberPlan;
import org.parley.dialplan.Route;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.numbers.NumberUse;
import org.parley.trunk.Trunks;

/** Routing decisions from the in-memory routes, trunks and extensions. */
@ApplicationScoped
public class DefaultDialplan implements Dialplan {

    private static final Logger LOG = Logger.getLogger(DefaultDialplan.class.getName());

    @Inject
    NumberPlan plan;

    @Inject
    RouteCache routes;

    @Inject
    Trunks trunks;

    @Inject
    NumberSpace numbers;

    @Override
    public Route route(String dialed) {
        DialedNumber number = plan.parse(dialed);
        Route route = routes.table().route(number, trunks::byName);
        if (number.numberClass() == NumberClass.EMERGENCY && route instanceof Route.Unroutable) {
            LOG.log(Level.WARNING, "Emergency number {0} dialled but no enabled trunk carries emergency calls",
                    number.normalized());
        } else {
            LOG.fine(() -> "Route for " + dialed + " (" + number.numberClass() + " " + number.normalized() + "): "
                    + route);
        }
        return route;
    }

    @Override
    public Optional<String> inboundExtension(String dialedDid) {
        return plan.toE164(dialedDid)
                .flatMap(routes::extensionFor)
                // an extension, or a queue's number (one number space)
                .filter(target -> numbers.useOf(target).map(NumberUse::reachable).orElse(false));
    }
}
