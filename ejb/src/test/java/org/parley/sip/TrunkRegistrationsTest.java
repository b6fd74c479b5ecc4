package org.parley.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.OutboundRegistration;
import org.parley.sipconnector.RegistrationEvent;
import org.parley.sipconnector.SipAuth;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.SipTarget;
import org.parley.trunk.TrunkRegistration;
import org.parley.trunk.TrunkRegistrationState;
import org.parley.trunk.TrunkRemoved;
import org.parley.trunk.TrunkSaved;
import org.parley.trunk.TrunkView;
import org.parley.trunk.Trunks;

class TrunkRegistrationsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private static TrunkView trunk(String name, boolean register) {
        return new TrunkView(name, "sip.carrier.example", 5080, "TCP", Optional.of("acct-" + name),
                Optional.of("pw-" + name), Optional.empty(), register, 300, List.of(), true);
    }

    /** What the connector was asked to do. */
    private final List<Object> calls = new ArrayList<>();
    /** Every connector method called, whether it worked or not. */
    private final List<String> attempts = new ArrayList<>();

    private TrunkRegistrations registrations(List<TrunkView> configured, boolean connectorWorks) {
        SipConnection connection = (SipConnection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SipConnection.class}, (proxy, method, args) -> {
                    if (!connectorWorks && !method.getName().equals("close")) {
                        throw new SipSendException("Outbound registration is not implemented yet");
                    }
                    switch (method.getName()) {
                        case "register", "unregister" -> calls.add(args[0]);
                        default -> { }
                    }
                    return null;
                });
        TrunkRegistrations r = new TrunkRegistrations();
        r.responder = new SipResponder() {
            @Override
            public <T> T withConnection(Function<SipConnection, T> work) {
                return work.apply(connection);
            }
        };
        r.trunks = new Trunks() {
            @Override
            public Optional<TrunkView> byName(String name) {
                return configured.stream().filter(t -> t.name().equals(name)).findFirst();
            }

            @Override
            public Optional<TrunkView> bySource(String ipAddress) {
                return Optional.empty();
            }

            @Override
            public List<TrunkView> all() {
                return configured;
            }
        };
        r.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return r;
    }

    @Test
    void atStartEveryTrunkThatAsksIsRegisteredWithItsCredentials() {
        TrunkRegistrations r = registrations(List.of(trunk("a", true), trunk("b", false)), true);

        r.registerAll();

        assertEquals(List.of(new OutboundRegistration("a", "sip:sip.carrier.example:5080",
                "sip:acct-a@sip.carrier.example", Optional.of(new SipTarget("TCP", "sip.carrier.example", 5080)), 300,
                Optional.of(new SipAuth("acct-a", "pw-a")))), calls);
        assertEquals(TrunkRegistrationState.PENDING, r.of("a").orElseThrow().state());
        assertTrue(r.of("b").isEmpty(), "a trunk that does not register has no registration");
    }

    @Test
    void aConnectorThatCannotRegisterYetLeavesTheTrunkUnavailableAndStartUpGoesOn() {
        TrunkRegistrations r = registrations(List.of(trunk("a", true)), false);

        r.registerAll();

        TrunkRegistration state = r.of("a").orElseThrow();
        assertEquals(TrunkRegistrationState.UNAVAILABLE, state.state());
        assertEquals(Optional.of("Outbound registration is not implemented yet"), state.reason());
    }

    @Test
    void aRegistrationTheConnectorNeverStartedIsNotStopped() {
        TrunkRegistrations r = registrations(List.of(trunk("a", true)), false);
        r.registerAll();
        attempts.clear();

        r.onSaved(new TrunkSaved(trunk("a", false)));

        assertTrue(r.of("a").isEmpty());
        assertTrue(attempts.isEmpty(), attempts::toString);
    }

    @Test
    void theConnectorsReportsBecomeTheState() {
        TrunkRegistrations r = registrations(List.of(trunk("a", true)), true);
        r.registerAll();

        r.onEvent(new RegistrationEvent("a", true, 200, "OK", Optional.of(NOW.plusSeconds(300))));
        assertEquals(new TrunkRegistration(TrunkRegistrationState.REGISTERED, OptionalInt.of(200), Optional.of("OK"),
                NOW), r.of("a").orElseThrow());

        r.onEvent(new RegistrationEvent("a", false, 403, "Forbidden", Optional.empty()));
        assertEquals(new TrunkRegistration(TrunkRegistrationState.FAILED, OptionalInt.of(403),
                Optional.of("Forbidden"), NOW), r.of("a").orElseThrow());
    }

    @Test
    void reportsForOtherKeysAreIgnored() {
        TrunkRegistrations r = registrations(List.of(), true);

        r.onEvent(new RegistrationEvent("nobody", true, 200, "OK", Optional.empty()));

        assertTrue(r.of("nobody").isEmpty());
    }

    @Test
    void changesStartAndStopRegistrations() {
        TrunkRegistrations r = registrations(List.of(), true);

        r.onSaved(new TrunkSaved(trunk("a", true)));
        assertEquals(TrunkRegistrationState.PENDING, r.of("a").orElseThrow().state());

        r.onSaved(new TrunkSaved(trunk("a", false)));
        assertTrue(r.of("a").isEmpty());

        r.onSaved(new TrunkSaved(trunk("b", true)));
        r.onRemoved(new TrunkRemoved("b"));
        assertTrue(r.of("b").isEmpty());

        r.onRemoved(new TrunkRemoved("never-registered"));
        assertEquals(4, calls.size(), calls::toString);
        assertEquals("a", calls.get(1));
        assertEquals("b", calls.get(3));
    }
}
