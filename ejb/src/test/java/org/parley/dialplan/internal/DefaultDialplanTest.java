package org.parley.dialplan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.dialplan.CountryNumberPlan;
import org.parley.dialplan.OutboundRule;
import org.parley.dialplan.Route;
import org.parley.dialplan.RouteClass;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.numbers.NumberUse;
import org.parley.trunk.TrunkView;
import org.parley.trunk.Trunks;

class DefaultDialplanTest {

    private static final Set<String> EXTENSIONS = Set.of("2001", "2002");
    private static final TrunkView MAIN = new TrunkView("main", "sip.carrier.example", 5060, "UDP", Optional.empty(),
            Optional.empty(), Optional.empty(), false, 600, List.of(), true);

    private final DefaultDialplan dialplan = new DefaultDialplan();

    DefaultDialplanTest() {
        dialplan.plan = new CountryNumberPlan("FR", EXTENSIONS::contains);
        dialplan.numbers = NumberSpace.of(number -> EXTENSIONS.contains(number)
                ? Optional.of(new NumberUse(NumberUse.EXTENSION, number, "extension " + number)) : Optional.empty());
        dialplan.trunks = new Trunks() {
            @Override
            public Optional<TrunkView> byName(String name) {
                return Optional.of(MAIN).filter(t -> t.name().equals(name));
            }

            @Override
            public Optional<TrunkView> bySource(String ipAddress) {
                return Optional.empty();
            }

            @Override
            public List<TrunkView> all() {
                return List.of(MAIN);
            }
        };
        dialplan.routes = new RouteCache();
        dialplan.routes.load(List.of(new OutboundRule("all", 10, RouteClass.ANY, Optional.empty(), "main")),
                Map.of("+33123456789", "2001", "+33199999999", "2999"));
    }

    @Test
    void aDidIsFoundInWhateverFormTheCarrierSendsIt() {
        for (String did : List.of("+33123456789", "33123456789", "0123456789", "+33 1 23 45 67 89")) {
            assertEquals(Optional.of("2001"), dialplan.inboundExtension(did), did);
        }
    }

    @Test
    void aDidWithoutRouteOrWhoseExtensionIsGoneLeadsNowhere() {
        assertEquals(Optional.empty(), dialplan.inboundExtension("+33140000000"));
        assertEquals(Optional.empty(), dialplan.inboundExtension("+33199999999"));
        assertEquals(Optional.empty(), dialplan.inboundExtension("garbage"));
    }

    @Test
    void dialledNumbersAreRoutedFromTheCaches() {
        assertEquals(new Route.Internal("2002"), dialplan.route("2002"));
        assertEquals(new Route.External("+33123456789", MAIN), dialplan.route("01 23 45 67 89"));
        assertEquals(new Route.Emergency("112", MAIN), dialplan.route("112"));
        assertEquals(new Route.Unroutable(Route.Reason.NO_SUCH_NUMBER), dialplan.route("12ab"));
    }
}
