package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parley.call.CallDirection;
import org.parley.call.CallSteererLocator;
import org.parley.call.Destination;
import org.parley.call.IncomingCall;
import org.parley.call.Party;
import org.parley.dialplan.Dialplan;
import org.parley.dialplan.Route;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionView;
import org.parley.platform.error.InvalidInputException;
import org.parley.registrar.Registrations;
import org.parley.trunk.TrunkView;

/** Decides whom a call rings: the dialplan's route, then the extension's registered devices or a trunk. */
@ApplicationScoped
public class CallRouting {

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

    /** A call that cannot be placed, with the SIP status the caller gets and what its record says. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient CallDirection direction;
        private final transient Party callee;

        Refusal(int status, String reason, CallDirection direction, Party callee) {
            super(reason);
            this.status = status;
            this.direction = direction;
            this.callee = callee;
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
            DestinationPlan rings = extensionPlan(extension, CallDirection.INBOUND);
            // the call uses the trunk it came in on: its record names it
            return new CallPlan(CallDirection.INBOUND, new DestinationPlan(rings.callee(), in.fromTrunk(),
                    rings.destinations(), rings.ringTime()));
        }
        Optional<CallSteererLocator.Steering> steered = steeringOf(in.dialled());
        if (steered.isPresent()) {
            return CallPlan.steered(CallDirection.INTERNAL, steered.get(), Optional.empty());
        }
        Route route = dialplan.route(in.dialled());
        if (route instanceof Route.Internal internal) {
            return new CallPlan(CallDirection.INTERNAL, extensionPlan(internal.extension(), CallDirection.INTERNAL));
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

    private Optional<CallSteererLocator.Steering> steeringOf(String number) {
        return steerers.forNumber(number);
    }

    /** Every registered device of an extension, with its ring time (a steered call diverted to it). */
    DestinationPlan extension(String extension) throws Refusal {
        return extensionPlan(extension, CallDirection.INTERNAL);
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
        Destination d = new Destination.Trunk(number, trunk.name(), trunk.host(), trunk.port(), trunk.transport(),
                trunk.username(), trunk.password(), trunk.callerIdNumber());
        return new DestinationPlan(Party.of(number), Optional.of(trunk.name()), List.of(d),
                settings.outboundRingTime());
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
