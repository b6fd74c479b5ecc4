package org.parley.dialplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.trunk.TrunkView;

class RouteTableTest {

    private static final TrunkView MAIN = trunk("main", true);
    private static final TrunkView CHEAP_INTL = trunk("cheap-intl", true);
    private static final TrunkView PARIS = trunk("paris", true);
    private static final TrunkView SPARE = trunk("spare", false);
    private static final Map<String, TrunkView> TRUNKS = Map.of("main", MAIN, "cheap-intl", CHEAP_INTL,
            "paris", PARIS, "spare", SPARE);

    private static TrunkView trunk(String name, boolean enabled) {
        return new TrunkView(name, name + ".carrier.example", 5060, "UDP", Optional.empty(), Optional.empty(),
                Optional.empty(), false, 600, List.of(), enabled);
    }

    private static OutboundRule rule(String name, int priority, RouteClass c, String prefix, String trunk) {
        return new OutboundRule(name, priority, c, Optional.ofNullable(prefix), trunk);
    }

    private static Route route(RouteTable table, NumberClass c, String normalized) {
        return table.route(new DialedNumber(normalized, c, normalized), name -> Optional.ofNullable(TRUNKS.get(name)));
    }

    private static final RouteTable TABLE = new RouteTable(List.of(
            rule("fallback", 900, RouteClass.ANY, null, "main"),
            rule("international", 100, RouteClass.INTERNATIONAL, null, "cheap-intl"),
            rule("paris", 50, RouteClass.NATIONAL, "+331", "paris"),
            rule("emergency", 10, RouteClass.EMERGENCY, null, "main")));

    @Test
    void theFirstMatchingRouteByPriorityWins() {
        assertEquals(new Route.External("+14155550100", CHEAP_INTL),
                route(TABLE, NumberClass.INTERNATIONAL, "+14155550100"));
    }

    @Test
    void aPrefixNarrowsARoute() {
        assertEquals(new Route.External("+33123456789", PARIS), route(TABLE, NumberClass.NATIONAL, "+33123456789"));
        assertEquals(new Route.External("+33612345678", MAIN), route(TABLE, NumberClass.NATIONAL, "+33612345678"));
    }

    @Test
    void emergencyNumbersTakeAnEmergencyRoute() {
        assertEquals(new Route.Emergency("112", MAIN), route(TABLE, NumberClass.EMERGENCY, "112"));
    }

    @Test
    void aRouteWithAPrefixNeverTakesAnEmergencyNumber() {
        RouteTable table = new RouteTable(List.of(rule("any-paris", 1, RouteClass.ANY, "+331", "paris")));

        assertEquals(new Route.Unroutable(Route.Reason.NO_ROUTE), route(table, NumberClass.EMERGENCY, "112"));
        assertFalse(table.carriesEmergencyCalls());
        assertTrue(TABLE.carriesEmergencyCalls());
    }

    @Test
    void aRouteOfAnotherClassIsSkipped() {
        RouteTable table = new RouteTable(List.of(rule("national", 1, RouteClass.NATIONAL, null, "main")));

        assertEquals(new Route.Unroutable(Route.Reason.NO_ROUTE),
                route(table, NumberClass.INTERNATIONAL, "+14155550100"));
    }

    @Test
    void aDisabledOrMissingTrunkPassesToTheNextRoute() {
        RouteTable table = new RouteTable(List.of(
                rule("first", 1, RouteClass.ANY, null, "spare"),
                rule("second", 2, RouteClass.ANY, null, "gone"),
                rule("third", 3, RouteClass.ANY, null, "main")));

        assertEquals(new Route.External("+33123456789", MAIN), route(table, NumberClass.NATIONAL, "+33123456789"));
    }

    @Test
    void equalPrioritiesAreTriedByName() {
        RouteTable table = new RouteTable(List.of(
                rule("b-route", 5, RouteClass.ANY, null, "main"),
                rule("a-route", 5, RouteClass.ANY, null, "paris")));

        assertEquals(List.of("a-route", "b-route"), table.rules().stream().map(OutboundRule::name).toList());
        assertEquals(new Route.External("+33123456789", PARIS), route(table, NumberClass.NATIONAL, "+33123456789"));
    }

    @Test
    void internalNumbersGoToTheirExtensionAndInvalidOnesNowhere() {
        assertEquals(new Route.Internal("2001"), route(TABLE, NumberClass.INTERNAL, "2001"));
        assertEquals(new Route.Unroutable(Route.Reason.NO_SUCH_NUMBER), route(TABLE, NumberClass.INVALID, "12ab"));
    }

    @Test
    void withoutRoutesAValidNumberHasNoRoute() {
        Route r = route(new RouteTable(List.of()), NumberClass.NATIONAL, "+33123456789");

        assertEquals(new Route.Unroutable(Route.Reason.NO_ROUTE), r);
        assertEquals(503, Route.Reason.NO_ROUTE.sipStatus());
        assertEquals(404, Route.Reason.NO_SUCH_NUMBER.sipStatus());
    }

    @Test
    void routeClassesMatchTheirNumbers() {
        assertTrue(RouteClass.ANY.matches(NumberClass.NATIONAL));
        assertTrue(RouteClass.ANY.matches(NumberClass.EMERGENCY));
        assertFalse(RouteClass.ANY.matches(NumberClass.INTERNAL));
        assertFalse(RouteClass.ANY.matches(NumberClass.INVALID));
        assertFalse(RouteClass.NATIONAL.matches(NumberClass.INTERNATIONAL));
    }
}
