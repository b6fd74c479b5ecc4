package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallAction;
import org.parley.call.CallDirection;
import org.parley.call.CallForwarding;
import org.parley.call.CallHop;
import org.parley.call.ForwardPlan;
import org.parley.call.CallSteererLocator;
import org.parley.call.CallVoicemail;
import org.parley.call.Destination;
import org.parley.call.IncomingCall;
import org.parley.call.Party;
import org.parley.dialplan.Dialplan;
import org.parley.dialplan.NumberKind;
import org.parley.dialplan.Route;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionView;
import org.parley.platform.error.InvalidInputException;
import org.parley.registrar.Registrations;
import org.parley.trunk.TrunkView;

/**
 * Decides whom a call rings: the dialplan's route, then the extension's forwarding, its registered devices and extra
 * devices, or a trunk.
 */
@ApplicationScoped
public class CallRouting {

    private static final Logger LOG = Logger.getLogger(CallRouting.class.getName());

    @Inject
    Dialplan dialplan;

    @Inject
    Registrations registrations;

    @Inject
    Directory extensions;

    @Inject
    CallSettings settings;

    @Inject
    SteererDirectory steerers;

    @Inject
    TollFraudPolicy tollFraud;

    @Inject
    CallForwarding forwarding;

    @Inject
    CallVoicemail voicemail;

    @Inject
    Clock clock;

    /** A call that cannot be placed, with the SIP status the caller gets and what its record says. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;
        private final String reasonPhrase;
        private final transient CallDirection direction;
        private final transient Party callee;

        Refusal(int status, String reason, CallDirection direction, Party callee) {
            this(status, reason, "", direction, callee);
        }

        /** A refusal whose SIP answer carries {@code reasonPhrase} instead of the status's standard one. */
        Refusal(int status, String reason, String reasonPhrase, CallDirection direction, Party callee) {
            super(reason);
            this.status = status;
            this.reasonPhrase = reasonPhrase;
            this.direction = direction;
            this.callee = callee;
        }

        /** The caller's answers among {@code actions}, with this refusal's reason phrase if it has one. */
        List<CallAction> phrased(List<CallAction> actions) {
            return reasonPhrase.isEmpty() ? actions : actions.stream().map(a -> a instanceof CallAction.RespondToCaller
                    r ? r.withReasonPhrase(reasonPhrase) : a).toList();
        }

        int status() {
            return status;
        }

        CallDirection direction() {
            return direction;
        }

        Party callee() {
            return callee;
        }
    }

    CallPlan plan(IncomingCall in) throws Refusal {
        if (in.fromTrunk().isPresent()) {
            String extension = dialplan.inboundExtension(in.dialled())
                    .orElseThrow(() -> new Refusal(404, "no inbound route for " + in.dialled(), CallDirection.INBOUND,
                            Party.of(in.dialled())));
            Optional<CallSteererLocator.Steering> steered = steeringOf(extension);
            if (steered.isPresent()) {
                return CallPlan.steered(CallDirection.INBOUND, steered.get(), in.fromTrunk());
            }
            CallPlan rings = reach(extension, CallDirection.INBOUND, List.of(), Optional.empty());
            // the call uses the trunk it came in on, unless forwarded out through another: its record names it
            DestinationPlan destination = rings.destination();
            return new CallPlan(CallDirection.INBOUND, destination.onTrunk(destination.trunk().or(in::fromTrunk)),
                    rings.steering());
        }
        Optional<CallSteererLocator.Steering> steered = steeringOf(in.dialled());
        if (steered.isPresent()) {
            return CallPlan.steered(CallDirection.INTERNAL, steered.get(), Optional.empty());
        }
        TollFraudPolicy.Verdict allowed = tollFraud.direct(in.caller().number(), callingClassOf(in.caller()),
                in.dialled());
        if (!allowed.allowed()) {
            throw new Refusal(403, allowed.reason(), allowed.reason(), CallDirection.OUTBOUND, Party.of(in.dialled()));
        }
        Route route = dialplan.route(in.dialled());
        if (route instanceof Route.Internal internal) {
            return reach(internal.extension(), CallDirection.INTERNAL, List.of(), Optional.empty());
        }
        return new CallPlan(CallDirection.OUTBOUND, outsidePlan(route, in.dialled()));
    }

    /** Where a route that is not an extension leads: a trunk, or a refusal. */
    private DestinationPlan outsidePlan(Route route, String dialled) throws Refusal {
        if (route instanceof Route.External external) {
            return trunkPlan(external.e164(), external.trunk());
        }
        if (route instanceof Route.Emergency emergency) {
            return trunkPlan(emergency.number(), emergency.trunk());
        }
        if (route instanceof Route.Unroutable unroutable) {
            throw new Refusal(statusOf(unroutable.reason()), dialled + ": " + unroutable.reason(),
                    unroutable.reason() == Route.Reason.NO_SUCH_NUMBER ? CallDirection.INTERNAL : CallDirection.OUTBOUND,
                    Party.of(dialled));
        }
        throw new IllegalStateException("unknown route " + route);
    }

    OriginatePlan originate(String fromExtension, String to) {
        ExtensionView origin = extensions.extension(fromExtension)
                .orElseThrow(() -> new InvalidInputException("from", "no extension " + fromExtension));
        List<Destination> originDevices = devicesOf(fromExtension);
        if (originDevices.isEmpty()) {
            throw new InvalidInputException("from", "extension " + fromExtension + " has no registered device");
        }
        TollFraudPolicy.Verdict allowed = tollFraud.direct(fromExtension, origin.outboundClass(), to);
        if (!allowed.allowed()) {
            throw new InvalidInputException("to", allowed.reason());
        }
        DestinationPlan destination;
        try {
            Route route = dialplan.route(to);
            destination = route instanceof Route.Internal internal
                    ? extensionPlan(internal.extension(), CallDirection.ORIGINATED) : outsidePlan(route, to);
        } catch (Refusal r) {
            throw new InvalidInputException("to", r.getMessage());
        }
        Duration destinationRing = min(destination.ringTime(), CallSettings.ORIGINATE_DESTINATION_LIMIT);
        return new OriginatePlan(new Party(origin.number(), origin.displayName()), originDevices,
                ringTimeOf(origin), new DestinationPlan(destination.callee(), destination.trunk(),
                        destination.destinations(), destinationRing));
    }

    /**
     * Where a transfer to {@code dialled} goes: a queue's number to its steerer (the remaining party waits there as a
     * caller does); an extension as a dialled call reaches it (its unconditional or unavailable forward followed, into
     * a queue too, its registered devices and extra devices); an outside number through its outbound route's trunk,
     * an international one refused (403) by the {@link TollFraudPolicy}. A transfer starts a chain of forwards of its
     * own (loops and depth counted from the target). The busy and no-answer rules of the extension that rings are
     * applied by {@link ForwardingSteerer} once its devices fail. A number whose steerer takes no transfers (a queue's
     * agent code) is refused (488).
     */
    CallPlan transferTarget(String dialled) throws Refusal {
        Optional<CallSteererLocator.Steering> steered = steeringOf(dialled);
        if (steered.isPresent()) {
            return transferable(CallPlan.steered(CallDirection.INTERNAL, steered.get(), Optional.empty()), dialled);
        }
        Route route = dialplan.route(dialled);
        if (route instanceof Route.Internal internal) {
            CallPlan plan = reach(internal.extension(), CallDirection.INTERNAL, List.of(), Optional.empty());
            if (plan.steering().isEmpty() && plan.destination().destinations().isEmpty()) {
                throw new Refusal(480, "extension " + internal.extension() + " has no registered device",
                        CallDirection.INTERNAL, plan.callee());
            }
            return transferable(plan, dialled);
        }
        if (route instanceof Route.External external) {
            TollFraudPolicy.Verdict verdict = tollFraud.check(external.e164(), "a transfer");
            if (!verdict.allowed()) {
                throw new Refusal(403, verdict.reason(), CallDirection.OUTBOUND, Party.of(external.e164()));
            }
        }
        if (route instanceof Route.Emergency emergency) {
            throw new Refusal(403, tollFraud.passOnToEmergency(emergency.number(), "a transfer").reason(),
                    CallDirection.OUTBOUND, Party.of(emergency.number()));
        }
        return new CallPlan(CallDirection.OUTBOUND, outsidePlan(route, dialled));
    }

    /** A transfer's plan, refused (488) when it leads to a steerer that takes no transferred calls. */
    private static CallPlan transferable(CallPlan plan, String dialled) throws Refusal {
        if (plan.steering().filter(s -> !s.steerer().takesTransfers()).isPresent()) {
            throw new Refusal(488, dialled + " takes no transferred calls", CallDirection.INTERNAL,
                    plan.steering().get().callee());
        }
        return plan;
    }

    /** The outbound calling class of the extension placing a call (the default one if it is gone meanwhile). */
    private Set<NumberKind> callingClassOf(Party caller) {
        return extensions.extension(caller.number()).map(ExtensionView::outboundClass).orElse(NumberKind.DEFAULT_CLASS);
    }

    private Optional<CallSteererLocator.Steering> steeringOf(String number) {
        return steerers.forNumber(number);
    }

    /**
     * Whom a steered call diverted to an extension (a queue's fallback) rings: the extension's forwarding applied, as
     * for a call dialled to it; a forward of the extension into a queue is not followed (480).
     *
     * @param earlier the call's history so far (loops and depth are counted on it)
     */
    DestinationPlan divertTo(String extension, List<CallHop> earlier) throws Refusal {
        CallPlan plan = reach(extension, CallDirection.INTERNAL, earlier, Optional.empty());
        if (plan.steering().isPresent()) {
            throw new Refusal(480, "the forward of " + extension + " into queue " + plan.steering().get().callee()
                    .number() + " is not followed from a queue's fallback", CallDirection.INTERNAL, plan.callee());
        }
        return plan.destination();
    }

    /**
     * Where a call forwarded to {@code target} (an extension, a queue's number or an E.164 number) goes: an
     * extension's own forwarding is followed in turn (into a queue too); a queue's number leads to its steerer, the
     * call then waiting there as a caller does.
     *
     * @param earlier     the call's history, the forward to {@code target} included
     * @param presentedAs whom the forward's rule presents the call as coming from
     */
    CallPlan forwardTo(String target, List<CallHop> earlier, Optional<Party> presentedAs) throws Refusal {
        return forwardTo(target, earlier, presentedAs, Optional.empty());
    }

    /**
     * {@link #forwardTo(String, List, Optional)} for a forward whose rule asks "press 1 to accept" on behalf of
     * {@code confirmFor}: what the target rings is confirmed by key (unless the target forwards on itself).
     */
    CallPlan forwardTo(String target, List<CallHop> earlier, Optional<Party> presentedAs, Optional<String> confirmFor)
            throws Refusal {
        if (extensions.extension(target).isPresent()) {
            CallPlan plan = reach(target, CallDirection.INTERNAL, earlier, presentedAs);
            boolean forwardedOn = plan.destination().hops().stream().anyMatch(h -> h.type() == CallHop.Type.FORWARD);
            return forwardedOn ? plan : new CallPlan(plan.direction(),
                    plan.destination().confirmedFor(confirmFor), plan.steering());
        }
        Optional<CallSteererLocator.Steering> queue = steeringOf(target).filter(s -> s.steerer().takesTransfers());
        if (queue.isPresent()) {
            return CallPlan.steered(CallDirection.INTERNAL, queue.get(), Optional.empty());
        }
        DestinationPlan out = outsideOf(target, CallDirection.OUTBOUND, Party.of(target));
        return new CallPlan(CallDirection.OUTBOUND, new DestinationPlan(out.callee(), out.trunk(), out.destinations(),
                out.ringTime(), List.of(), presentedAs, Optional.empty()).confirmedFor(confirmFor));
    }

    /**
     * Whom a call for an extension rings once its forwarding is applied: the target of its unconditional or
     * unavailable forward (a chain), or its registered devices and extra devices; or, when the chain leads to a
     * queue's number, that queue's steerer (the call waits there as a caller does). The called party stays the
     * extension dialled; the forwards taken are the plan's hops.
     */
    private CallPlan reach(String extension, CallDirection direction, List<CallHop> earlier,
            Optional<Party> presentedBefore) throws Refusal {
        ExtensionView view = extensions.extension(extension)
                .orElseThrow(() -> new Refusal(404, "no extension " + extension, direction, Party.of(extension)));
        Party callee = new Party(view.number(), view.displayName());
        ForwardPlan forward = forwarding.beforeRinging(extension, earlier, clock.instant());
        Optional<Party> presentedAs = forward.presentedAs().or(() -> presentedBefore);
        if (forward.target() instanceof ForwardPlan.Refused refused) {
            throw new Refusal(403, "forward refused: " + refused.reason(), direction, callee);
        }
        if (forward.target() instanceof ForwardPlan.Queue queue) {
            CallSteererLocator.Steering steering = steeringOf(queue.number()).orElseThrow(() -> new Refusal(480,
                    "the forward of " + extension + " leads to queue " + queue.number() + ", which takes no calls now",
                    direction, callee));
            LOG.log(Level.INFO, "Call for {0} forwarded into queue {1}", new Object[] {extension, queue.number()});
            return new CallPlan(direction, new DestinationPlan(callee, Optional.empty(), List.of(), Duration.ZERO,
                    forward.hops(), presentedAs, Optional.empty()), Optional.of(steering));
        }
        if (forward.target() instanceof ForwardPlan.Outside outside) {
            DestinationPlan out = outsideOf(outside.e164(), direction, callee);
            return new CallPlan(direction, new DestinationPlan(callee, out.trunk(), out.destinations(),
                    out.ringTime(), forward.hops(), presentedAs, Optional.empty()).confirmedFor(forward.confirmFor()));
        }
        ForwardPlan.Extension rung = (ForwardPlan.Extension) forward.target();
        ExtensionView rungView = extensions.extension(rung.number())
                .orElseThrow(() -> new Refusal(404, "no extension " + rung.number(), direction, callee));
        List<Destination> devices = new ArrayList<>(devicesOf(rung.number()));
        Map<Destination, String> confirmations = new HashMap<>();
        forward.confirmFor().ifPresent(by -> devices.forEach(d -> confirmations.put(d, by)));
        for (String extra : rung.extraDevices()) {
            extraDevice(extra, rung.number()).ifPresent(d -> {
                devices.add(d);
                if (rung.confirmedDevices().contains(extra)) {
                    confirmations.put(d, forward.confirmFor().orElse(rung.number()));
                }
            });
        }
        // a busy, no-answer or unavailable rule, or the extension's mailbox, takes the call if its devices fail
        Optional<String> afterRinging = forward.forwardsAfterRinging() || voicemail.takesMessages(rung.number())
                ? Optional.of(rung.number()) : Optional.empty();
        if (devices.isEmpty() && afterRinging.isEmpty()) {
            throw new Refusal(480, "extension " + rung.number() + " has no registered device", direction, callee);
        }
        return new CallPlan(direction, new DestinationPlan(callee, Optional.empty(), devices, ringTimeOf(rungView),
                forward.hops(), presentedAs, afterRinging, confirmations));
    }

    /** An extra device rung through the outbound route for its number, if there is one. */
    private Optional<Destination> extraDevice(String e164, String extension) {
        Route route = dialplan.route(e164);
        if (route instanceof Route.External external && external.trunk().enabled()) {
            return Optional.of(trunkDestination(external.e164(), external.trunk()));
        }
        LOG.log(Level.WARNING, "Extra device {0} of extension {1} not rung: no enabled outbound route reaches it",
                new Object[] {e164, extension});
        return Optional.empty();
    }

    /** An outside number a forward leads to, through its outbound route. */
    private DestinationPlan outsideOf(String e164, CallDirection direction, Party callee) throws Refusal {
        Route route = dialplan.route(e164);
        if (route instanceof Route.External external) {
            return trunkPlan(external.e164(), external.trunk());
        }
        throw new Refusal(route instanceof Route.Unroutable u ? statusOf(u.reason()) : 403,
                "forward to " + e164 + " cannot be placed (" + route + ")", direction, callee);
    }

    private DestinationPlan extensionPlan(String extension, CallDirection direction) throws Refusal {
        ExtensionView view = extensions.extension(extension)
                .orElseThrow(() -> new Refusal(404, "no extension " + extension, direction, Party.of(extension)));
        List<Destination> devices = devicesOf(extension);
        if (devices.isEmpty()) {
            throw new Refusal(480, "extension " + extension + " has no registered device", direction,
                    new Party(view.number(), view.displayName()));
        }
        return new DestinationPlan(new Party(view.number(), view.displayName()), Optional.empty(), devices,
                ringTimeOf(view));
    }

    private DestinationPlan trunkPlan(String number, TrunkView trunk) throws Refusal {
        if (!trunk.enabled()) {
            throw new Refusal(503, "trunk " + trunk.name() + " is disabled", CallDirection.OUTBOUND,
                    Party.of(number));
        }
        return new DestinationPlan(Party.of(number), Optional.of(trunk.name()), List.of(trunkDestination(number, trunk)),
                settings.outboundRingTime());
    }

    private static Destination trunkDestination(String number, TrunkView trunk) {
        return new Destination.Trunk(number, trunk.name(), trunk.host(), trunk.port(), trunk.transport(),
                trunk.username(), trunk.password(), trunk.callerIdNumber());
    }

    private List<Destination> devicesOf(String extension) {
        return registrations.list(Optional.of(extension)).stream().<Destination>map(Destination.Device::of)
                .toList();
    }

    private static Duration ringTimeOf(ExtensionView extension) {
        return Duration.ofSeconds(extension.ringSeconds());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static int statusOf(Route.Reason reason) {
        return reason.sipStatus();
    }
}
