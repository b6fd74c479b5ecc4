package org.parley.dialplan;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parley.trunk.TrunkView;

/** The outbound routes in the order they are tried: by priority, then by name. Immutable. */
public final class RouteTable {

    private static final Comparator<OutboundRule> ORDER = Comparator.comparingInt(OutboundRule::priority)
            .thenComparing(OutboundRule::name);

    private final List<OutboundRule> rules;

    public RouteTable(Collection<OutboundRule> rules) {
        this.rules = rules.stream().sorted(ORDER).toList();
    }

    public List<OutboundRule> rules() {
        return rules;
    }

    /**
     * Where {@code number} goes: internal numbers to their extension, invalid ones nowhere, the others to the trunk of
     * the first matching route whose trunk exists and is enabled.
     *
     * @param trunks the trunks by name
     */
    public Route route(DialedNumber number, Function<String, Optional<TrunkView>> trunks) {
        return switch (number.numberClass()) {
            case INTERNAL -> new Route.Internal(number.normalized());
            case INVALID -> new Route.Unroutable(Route.Reason.NO_SUCH_NUMBER);
            case NATIONAL, INTERNATIONAL, EMERGENCY -> trunkFor(number, trunks)
                    .<Route>map(t -> number.numberClass() == NumberClass.EMERGENCY
                            ? new Route.Emergency(number.normalized(), t)
                            : new Route.External(number.normalized(), t))
                    .orElseGet(() -> new Route.Unroutable(Route.Reason.NO_ROUTE));
        };
    }

    /** Whether some route takes emergency numbers at all. */
    public boolean carriesEmergencyCalls() {
        return rules.stream().anyMatch(r -> r.numberClass().matches(NumberClass.EMERGENCY) && r.prefix().isEmpty());
    }

    private Optional<TrunkView> trunkFor(DialedNumber number, Function<String, Optional<TrunkView>> trunks) {
        for (OutboundRule rule : rules) {
            if (rule.matches(number)) {
                Optional<TrunkView> trunk = trunks.apply(rule.trunk()).filter(TrunkView::enabled);
                if (trunk.isPresent()) {
                    return trunk;
                }
            }
        }
        return Optional.empty();
    }
}
