package org.parley.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrunkSourcesTest {

    private static TrunkView trunk(String name, String host, boolean enabled, String... sources) {
        return new TrunkView(name, host, 5060, "UDP", Optional.empty(), Optional.empty(), Optional.empty(), false, 600,
                List.of(sources), enabled);
    }

    private static final TrunkView WIDE = trunk("wide", "sip.wide.example", true, "198.51.100.0/24");
    private static final TrunkView NARROW = trunk("narrow", "198.51.100.7", true);
    private static final TrunkView V6 = trunk("v6", "sip.v6.example", true, "2001:db8:1::/48");
    private static final TrunkView OFF = trunk("off", "192.0.2.50", false, "192.0.2.0/24");

    private final TrunkSources sources = new TrunkSources(List.of(WIDE, NARROW, V6, OFF));

    @Test
    void aSourceInAnAllowedBlockIsThatTrunk() {
        assertEquals(Optional.of(WIDE), sources.match("198.51.100.200"));
        assertEquals(Optional.of(V6), sources.match("2001:db8:1:2::99"));
        assertEquals(Optional.of(V6), sources.match("[2001:db8:1::5]"));
    }

    @Test
    void theHostIsAllowedWhenItIsAnIpLiteralAndTheMostSpecificBlockWins() {
        assertEquals(Optional.of(NARROW), sources.match("198.51.100.7"));
    }

    @Test
    void aDisabledTrunkAcceptsNothing() {
        assertTrue(sources.match("192.0.2.50").isEmpty());
        assertTrue(sources.match("192.0.2.1").isEmpty());
    }

    @Test
    void otherAddressesAndNamesAreNoTrunk() {
        assertTrue(sources.match("203.0.113.1").isEmpty());
        assertTrue(sources.match("2001:db8:2::1").isEmpty());
        assertTrue(sources.match("sip.wide.example").isEmpty());
        assertTrue(sources.match("").isEmpty());
        assertTrue(sources.match(null).isEmpty());
    }
}
