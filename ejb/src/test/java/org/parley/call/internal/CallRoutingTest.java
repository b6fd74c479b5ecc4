package org.parley.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.call.CallDirection;
import org.parley.call.CallerLeg;
import org.parley.call.Destination;
import org.parley.call.IncomingCall;
import org.parley.call.Party;
import org.parley.call.SessionDescription;
import org.parley.dialplan.Dialplan;
import org.parley.dialplan.Route;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionView;
import org.parley.registrar.RegistrationView;
import org.parley.registrar.Registrations;

class CallRoutingTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final ExtensionView BOB = new ExtensionView("2002", "Bob", 20, T0, T0);
    private static final RegistrationView BOB_DESK = new RegistrationView("2002", "sip:2002@10.0.0.2:5062",
            "UDP", "10.0.0.2:5062", Optional.empty(), T0, T0.plusSeconds(300));

    private final CallRouting routing = new CallRouting();

    CallRoutingTest() {
        routing.dialplan = new Dialplan() {
            @Override
            public Route route(String dialed) {
                return new Route.Internal("2002");
            }

            @Override
            public Optional<String> inboundExtension(String dialedDid) {
                return dialedDid.equals("+33123456789") ? Optional.of("2002") : Optional.empty();
            }
        };
        routing.registrations = new Registrations() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public List<RegistrationView> list(Optional<String> extension) {
                return extension.filter("2002"::equals).map(e -> List.of(BOB_DESK)).orElse(List.of());
            }

            @Override
            public boolean hasBindingFrom(String host) {
                return false;
            }

            @Override
            public int count() {
                return 1;
            }

            @Override
            public void remove(String extension, String contact) {
                throw new UnsupportedOperationException();
            }
        };
        routing.extensions = new Extensions();
        routing.steerers = new SteererDirectory() {
            @Override
            Optional<org.parley.call.CallSteererLocator.Steering> forNumber(String number) {
                return Optional.empty();
            }
        };
        routing.settings = new CallSettings();
    }

    @Test
    void aCallFromATrunkUsesThatTrunkAndRingsTheExtensionOfItsDid() throws CallRouting.Refusal {
        IncomingCall in = new IncomingCall(new CallerLeg("a", "tx"), Party.of("+33611111111"), "+33123456789",
                SessionDescription.none(), 70, Optional.of("carrier"));

        CallPlan plan = routing.plan(in);

        assertEquals(CallDirection.INBOUND, plan.direction());
        assertEquals(Optional.of("carrier"), plan.trunk(), "the call record names the trunk it came in on");
        assertEquals("2002", plan.callee().number());
        assertEquals(Duration.ofSeconds(20), plan.ringTime());
        assertEquals(List.of(new Destination.Device("2002", "sip:2002@10.0.0.2:5062", "UDP", "10.0.0.2", 5062)),
                plan.destination().destinations());
    }

    @Test
    void aCallBetweenExtensionsUsesNoTrunk() throws CallRouting.Refusal {
        IncomingCall in = new IncomingCall(new CallerLeg("a", "tx"), Party.of("2001"), "2002",
                SessionDescription.none(), 70, Optional.empty());

        CallPlan plan = routing.plan(in);

        assertEquals(CallDirection.INTERNAL, plan.direction());
        assertEquals(Optional.empty(), plan.trunk());
    }

    /** The directory, with bob only. */
    private static final class Extensions implements Directory {
        @Override
        public Optional<ExtensionView> extension(String number) {
            return Optional.of(BOB).filter(b -> b.number().equals(number));
        }
    }
}
