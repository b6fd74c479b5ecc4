package org.parley.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parley.trunk.TrunkView;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.dialplan.CountryNumberPlan;
import org.parley.call.CallAction;
import java.util.Set;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.call.CallDirection;
import org.parley.call.CallForwarding;
import org.parley.call.CallVoicemail;
import org.parley.call.CallHop;
import org.parley.call.CallSteerer;
import org.parley.call.CallSteererLocator;
import org.parley.call.CallView;
import org.parley.call.Disposition;
import org.parley.call.ForwardPlan;
import org.parley.call.ForwardStep;
import org.parley.call.CallerLeg;
import org.parley.call.Destination;
import org.parley.call.IncomingCall;
import org.parley.call.OutgoingLeg;
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

    private static final ExtensionView CAROL = new ExtensionView("2003", "Carol", 15, T0, T0);
    private static final RegistrationView CAROL_DESK = new RegistrationView("2003", "sip:2003@10.0.0.3:5062",
            "UDP", "10.0.0.3:5062", Optional.empty(), T0, T0.plusSeconds(300));

    private final CallRouting routing = new CallRouting();
    /** What forwarding decides for the next call; by default nothing is forwarded. */
    private ForwardPlan forwardPlan;

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
                return extension.filter("2002"::equals).map(e -> List.of(BOB_DESK))
                        .or(() -> extension.filter("2003"::equals).map(e -> List.of(CAROL_DESK))).orElse(List.of());
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
        routing.tollFraud = new TollFraudPolicy(new CountryNumberPlan("FR", n -> n.startsWith("200")), Set.of());
        routing.clock = Clock.fixed(T0, ZoneOffset.UTC);
        routing.voicemail = CallVoicemail.NONE;
        routing.forwarding = new CallForwarding() {
            @Override
            public ForwardPlan beforeRinging(String extension, List<CallHop> earlier, Instant now) {
                return forwardPlan != null ? forwardPlan : new ForwardPlan(List.of(),
                        new ForwardPlan.Extension(extension, List.of()), Optional.empty(), false);
            }

            @Override
            public ForwardStep afterRinging(String extension, Disposition outcome, Party called,
                    List<CallHop> earlier, Instant now) {
                return new ForwardStep.Stay();
            }
        };
    }

    @Test
    void anUnconditionalForwardRingsOnlyTheTargetAndKeepsTheCalledParty() throws CallRouting.Refusal {
        CallHop hop = new CallHop(CallHop.Type.FORWARD, Party.of("2002"), Party.of("2003"), "unconditional", T0);
        forwardPlan = new ForwardPlan(List.of(hop), new ForwardPlan.Extension("2003", List.of()),
                Optional.of(Party.of("+33100000000")), false);

        CallPlan plan = routing.plan(new IncomingCall(new CallerLeg("a", "tx"), Party.of("2001"), "2002",
                SessionDescription.none(), 70, Optional.empty()));

        assertEquals("2002", plan.callee().number(), "the record shows who was called");
        assertEquals(List.of(new Destination.Device("2003", "sip:2003@10.0.0.3:5062", "UDP", "10.0.0.3", 5062)),
                plan.destination().destinations(), "only the target's phone rings, not bob's");
        assertEquals(Duration.ofSeconds(15), plan.ringTime(), "the target's ring time");
        assertEquals(List.of(hop), plan.destination().hops());
        assertEquals("+33100000000", plan.destination().legs(Party.of("2001"), SessionDescription.none(), 69,
                List.of(hop)).get(0).from().number(), "the rule's caller ID");
    }

    @Test
    void theTargetOfAForwardAskingForAKeyRingsLegsToConfirmForTheForwardingExtension() throws CallRouting.Refusal {
        CallHop hop = new CallHop(CallHop.Type.FORWARD, Party.of("2002"), Party.of("2003"), "unconditional", T0);
        forwardPlan = new ForwardPlan(List.of(hop), new ForwardPlan.Extension("2003", List.of()), Optional.empty(),
                false, Optional.of("2002"));

        CallPlan plan = routing.plan(new IncomingCall(new CallerLeg("a", "tx"), Party.of("2001"), "2002",
                SessionDescription.none(), 70, Optional.empty()));

        assertEquals(List.of(Optional.of("2002")), plan.destination().legs(Party.of("2001"),
                SessionDescription.none(), 69, List.of(hop)).stream().map(OutgoingLeg::confirmFor).toList(),
                "Carol's phone must press 1, on behalf of Bob");
    }

    @Test
    void aForwardTheTollFraudPolicyRefusesEndsTheCallWith403() {
        forwardPlan = new ForwardPlan(List.of(), new ForwardPlan.Refused("international numbers (GB) are not allowed"),
                Optional.empty(), false);

        CallRouting.Refusal refusal = assertThrows(CallRouting.Refusal.class, () -> routing.plan(
                new IncomingCall(new CallerLeg("a", "tx"), Party.of("2001"), "2002", SessionDescription.none(), 70,
                        Optional.empty())));

        assertEquals(403, refusal.status());
    }

    @Test
    void aNumberOutsideTheCallersClassIsRefusedWith403AndAReasonPhrase() {
        CallRouting.Refusal refusal = assertThrows(CallRouting.Refusal.class, () -> routing.plan(
                new IncomingCall(new CallerLeg("a", "tx"), Party.of("2001"), "+442079460958", SessionDescription.none(),
                        70, Optional.empty())));

        assertEquals(403, refusal.status());
        assertEquals(List.of(new CallAction.RespondToCaller(403, "International calls not allowed",
                SessionDescription.none())), refusal.phrased(List.of(new CallAction.RespondToCaller(403,
                        SessionDescription.none()))), "the caller hears why");
    }

    @Test
    void anEmergencyNumberIsNotATransferTarget() {
        routing.dialplan = new Dialplan() {
            @Override
            public Route route(String dialed) {
                return new Route.Emergency(dialed, new TrunkView("carrier", "127.0.0.2", 5060, "UDP", Optional.empty(),
                        Optional.empty(), Optional.empty(), false, 600, List.of(), true));
            }

            @Override
            public Optional<String> inboundExtension(String dialedDid) {
                return Optional.empty();
            }
        };

        assertEquals(403, assertThrows(CallRouting.Refusal.class, () -> routing.transferTarget("112")).status());
    }

    @Test
    void anExtensionWithoutDevicesButWithAnAfterRingingRuleIsStillRouted() throws CallRouting.Refusal {
        forwardPlan = new ForwardPlan(List.of(), new ForwardPlan.Extension("2002", List.of()), Optional.empty(),
                true);
        routing.registrations = new Registrations() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public List<RegistrationView> list(Optional<String> extension) {
                return List.of();
            }

            @Override
            public boolean hasBindingFrom(String host) {
                return false;
            }

            @Override
            public int count() {
                return 0;
            }

            @Override
            public void remove(String extension, String contact) {
                throw new UnsupportedOperationException();
            }
        };

        CallPlan plan = routing.plan(new IncomingCall(new CallerLeg("a", "tx"), Party.of("2001"), "2002",
                SessionDescription.none(), 70, Optional.empty()));

        assertEquals(Optional.of("2002"), plan.destination().forwardsAfterRinging());
        assertEquals(List.of(), plan.destination().destinations());
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
            return Optional.of(BOB).filter(b -> b.number().equals(number))
                    .or(() -> Optional.of(CAROL).filter(c -> c.number().equals(number)));
        }
    }

    @Test
    void aTransferTargetsUnconditionalForwardRingsTheForwardTarget() throws CallRouting.Refusal {
        CallHop hop = new CallHop(CallHop.Type.FORWARD, Party.of("2002"), Party.of("2003"), "unconditional", T0);
        forwardPlan = new ForwardPlan(List.of(hop), new ForwardPlan.Extension("2003", List.of()), Optional.empty(),
                false);

        DestinationPlan plan = routing.transferTarget("2002").destination();

        assertEquals("2002", plan.callee().number());
        assertEquals(List.of(new Destination.Device("2003", "sip:2003@10.0.0.3:5062", "UDP", "10.0.0.3", 5062)),
                plan.destinations(), "only the forward target rings");
        assertEquals(List.of(hop), plan.hops());
    }

    @Test
    void aQueueNumberLeadsToItsSteererAndAnAgentCodeIsRefused() throws CallRouting.Refusal {
        CallSteerer queue = steerer(true);
        CallSteerer agentCode = steerer(false);
        routing.steerers = new SteererDirectory() {
            @Override
            Optional<CallSteererLocator.Steering> forNumber(String number) {
                return Optional.of(new CallSteererLocator.Steering(number.equals("7000") ? queue : agentCode,
                        Party.of(number)));
            }
        };

        assertEquals(queue, routing.transferTarget("7000").steering().orElseThrow().steerer());
        CallRouting.Refusal refusal = assertThrows(CallRouting.Refusal.class, () -> routing.transferTarget("7001"));
        assertEquals(488, refusal.status());
    }

    @Test
    void aTransferToAnExtensionForwardedIntoAQueueWaitsInTheQueue() throws CallRouting.Refusal {
        CallSteerer queue = queueAt("7000");
        CallHop hop = new CallHop(CallHop.Type.FORWARD, Party.of("2002"), Party.of("7000"), "unconditional", T0);
        forwardPlan = new ForwardPlan(List.of(hop), new ForwardPlan.Queue("7000"), Optional.empty(), false);

        CallPlan plan = routing.transferTarget("2002");

        assertEquals(queue, plan.steering().orElseThrow().steerer(), "the remaining party waits in the queue");
        assertEquals("2002", plan.callee().number(), "the transfer's target stays the extension dialled");
        assertEquals(List.of(hop), plan.destination().hops(), "the forward follows the transfer in the record");
        assertEquals(List.of(), plan.destination().destinations(), "nothing rings until the queue rings an agent");
    }

    @Test
    void aForwardAfterRingingToAQueueOrToAnExtensionForwardedIntoOneLeadsToTheQueue() throws CallRouting.Refusal {
        CallSteerer queue = queueAt("7000");
        CallHop busy = new CallHop(CallHop.Type.FORWARD, Party.of("2002"), Party.of("7000"), "busy", T0);

        CallPlan direct = routing.forwardTo("7000", List.of(busy), Optional.empty());

        assertEquals(queue, direct.steering().orElseThrow().steerer());
        assertEquals(List.of(), direct.destination().hops(), "the busy forward itself is recorded by who took it");

        CallHop onward = new CallHop(CallHop.Type.FORWARD, Party.of("2003"), Party.of("7000"), "unconditional", T0);
        forwardPlan = new ForwardPlan(List.of(onward), new ForwardPlan.Queue("7000"), Optional.empty(), false);
        CallPlan chained = routing.forwardTo("2003", List.of(busy), Optional.empty());

        assertEquals(queue, chained.steering().orElseThrow().steerer());
        assertEquals(List.of(onward), chained.destination().hops());
    }

    @Test
    void aQueuesFallbackForwardedIntoAQueueIsNotFollowed() {
        queueAt("7000");
        forwardPlan = new ForwardPlan(List.of(new CallHop(CallHop.Type.FORWARD, Party.of("2002"), Party.of("7000"),
                "unconditional", T0)), new ForwardPlan.Queue("7000"), Optional.empty(), false);

        assertEquals(480, assertThrows(CallRouting.Refusal.class, () -> routing.divertTo("2002", List.of()))
                .status());
    }

    /** A queue (a steerer taking transfers) on {@code number}; no other number is steered. */
    private CallSteerer queueAt(String number) {
        CallSteerer queue = steerer(true);
        routing.steerers = new SteererDirectory() {
            @Override
            Optional<CallSteererLocator.Steering> forNumber(String dialled) {
                return Optional.of(new CallSteererLocator.Steering(queue, new Party(number, "Sales")))
                        .filter(s -> dialled.equals(number));
            }
        };
        return queue;
    }

    private static CallSteerer steerer(boolean takesTransfers) {
        return new CallSteerer() {
            @Override
            public void started(CallView call) {
            }

            @Override
            public void exhausted(CallView call, Disposition outcome, int status) {
            }

            @Override
            public boolean takesTransfers() {
                return takesTransfers;
            }
        };
    }
}
