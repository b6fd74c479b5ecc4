package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A system property beats an environment variable, which beats the adapter's configured value. */
class SipSettingsTest {

    private static final SipSettings CONFIGURED = new SipSettings("0.0.0.0", 5060, 4000, 4);

    private static ConfigLookup lookup(Map<String, String> systemProperties, Map<String, String> environment) {
        return new ConfigLookup(systemProperties::get, environment::get);
    }

    @Test
    void withoutOverridesTheConfiguredValuesStand() {
        assertEquals(CONFIGURED, SipSettings.resolve(CONFIGURED, lookup(Map.of(), Map.of())));
    }

    @Test
    void anEnvironmentVariableOverridesTheConfiguredValue() {
        SipSettings resolved = SipSettings.resolve(CONFIGURED, lookup(Map.of(),
                Map.of("PARLEY_SIP_HOST", "192.0.2.1", "PARLEY_SIP_PORT", "5080",
                        "PARLEY_SIP_MAX_IN_FLIGHT", "100", "PARLEY_SIP_STACK_THREADS", "8")));
        assertEquals(new SipSettings("192.0.2.1", 5080, 100, 8), resolved);
    }

    @Test
    void theCapOfNewCallsBeingSetUpIsConfigurableAndPositive() {
        assertEquals(SipSettings.DEFAULT_MAX_CALL_SETUPS, CONFIGURED.maxCallSetups());
        assertEquals(50, SipSettings.resolve(CONFIGURED,
                lookup(Map.of(), Map.of("PARLEY_SIP_MAX_CALL_SETUPS", "50"))).maxCallSetups());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> SipSettings.resolve(
                CONFIGURED, lookup(Map.of(), Map.of("PARLEY_SIP_MAX_CALL_SETUPS", "0"))));
        assertTrue(zero.getMessage().contains("PARLEY_SIP_MAX_CALL_SETUPS"));
    }

    @Test
    void aSystemPropertyOverridesTheEnvironment() {
        SipSettings resolved = SipSettings.resolve(CONFIGURED,
                lookup(Map.of("PARLEY_SIP_PORT", "5070"), Map.of("PARLEY_SIP_PORT", "5080")));
        assertEquals(5070, resolved.port());
    }

    @Test
    void aBlankOverrideCountsAsUnset() {
        SipSettings resolved = SipSettings.resolve(CONFIGURED,
                lookup(Map.of("PARLEY_SIP_PORT", " "), Map.of("PARLEY_SIP_HOST", "")));
        assertEquals(CONFIGURED, resolved);
    }

    @Test
    void aBadValueIsRefusedWithTheSettingsName() {
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> SipSettings.resolve(CONFIGURED, lookup(Map.of(), Map.of("PARLEY_SIP_PORT", "sixty"))));
        assertTrue(notANumber.getMessage().contains("PARLEY_SIP_PORT"));
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> SipSettings.resolve(CONFIGURED, lookup(Map.of(), Map.of("PARLEY_SIP_STACK_THREADS", "0"))));
        assertTrue(outOfRange.getMessage().contains("PARLEY_SIP_STACK_THREADS"));
    }

    @Test
    void theAdvertisedHostIsConfiguredOrDerived() {
        SipSettings overridden = SipSettings.resolve(CONFIGURED,
                lookup(Map.of(), Map.of("PARLEY_SIP_ADVERTISED_HOST", "203.0.113.7")));
        assertEquals("203.0.113.7", overridden.advertisedHost());
        assertEquals("203.0.113.7", ConnectorRuntime.advertisedHost(overridden));
        assertEquals("192.0.2.1", ConnectorRuntime.advertisedHost(new SipSettings("192.0.2.1", 5060, 1, 1)),
                "a bound address is advertised as it is");
        String derived = ConnectorRuntime.advertisedHost(CONFIGURED);
        assertTrue(!derived.equals("0.0.0.0") && !derived.isBlank(), "a wildcard is never advertised: " + derived);
    }
}
