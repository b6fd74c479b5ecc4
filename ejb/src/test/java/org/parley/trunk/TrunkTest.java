package org.parley.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrunkTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private static TrunkSettings settings(Optional<String> username, boolean register) {
        return new TrunkSettings("sip.carrier.example", 5060, "UDP", username, Optional.of("+33123456789"), register,
                600, List.of("198.51.100.0/24"), true);
    }

    @Test
    void aTrunkKeepsItsSettingsAndSealedPassword() {
        Trunk t = new Trunk("carrier-a", settings(Optional.of("acct"), true), Optional.of("sealed"), NOW);

        assertEquals("carrier-a", t.name());
        assertEquals(settings(Optional.of("acct"), true), t.settings());
        assertEquals(Optional.of("sealed"), t.passwordSealed());
    }

    @Test
    void aChangeWithoutPasswordKeepsTheStoredOne() {
        Trunk t = new Trunk("carrier-a", settings(Optional.of("acct"), false), Optional.of("sealed"), NOW);

        t.reconfigure(settings(Optional.of("acct"), true), Optional.empty(), NOW);

        assertEquals(Optional.of("sealed"), t.passwordSealed());
    }

    @Test
    void withoutAUsernameThePasswordGoes() {
        Trunk t = new Trunk("carrier-a", settings(Optional.of("acct"), false), Optional.of("sealed"), NOW);

        t.reconfigure(settings(Optional.empty(), false), Optional.empty(), NOW);

        assertEquals(Optional.empty(), t.passwordSealed());
    }

    @Test
    void registeringNeedsCredentials() {
        assertThrows(IllegalArgumentException.class,
                () -> new Trunk("carrier-a", settings(Optional.of("acct"), true), Optional.empty(), NOW));
        assertThrows(IllegalArgumentException.class, () -> settings(Optional.empty(), true));
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Trunk("Carrier A", settings(Optional.empty(), false),
                Optional.empty(), NOW));
        assertThrows(IllegalArgumentException.class, () -> new TrunkSettings("bad host", 5060, "UDP",
                Optional.empty(), Optional.empty(), false, 600, List.of(), true));
        assertThrows(IllegalArgumentException.class, () -> new TrunkSettings("h", 0, "UDP",
                Optional.empty(), Optional.empty(), false, 600, List.of(), true));
        assertThrows(IllegalArgumentException.class, () -> new TrunkSettings("h", 5060, "TLS",
                Optional.empty(), Optional.empty(), false, 600, List.of(), true));
        assertThrows(IllegalArgumentException.class, () -> new TrunkSettings("h", 5060, "UDP",
                Optional.empty(), Optional.of("0123"), false, 600, List.of(), true));
        assertThrows(IllegalArgumentException.class, () -> new TrunkSettings("h", 5060, "UDP",
                Optional.empty(), Optional.empty(), false, 600, List.of("10.0.0.0/99"), true));
    }

    @Test
    void theViewHidesThePasswordWhenPrinted() {
        TrunkView v = TrunkView.of("carrier-a", settings(Optional.of("acct"), true), Optional.of("top-secret"));

        assertFalse(v.toString().contains("top-secret"), v::toString);
        assertTrue(v.registers());
        assertEquals("[2001:db8::1]", new TrunkView("v6", "2001:db8::1", 5060, "UDP", Optional.empty(),
                Optional.empty(), Optional.empty(), false, 600, List.of(), true).uriHost());
    }
}
