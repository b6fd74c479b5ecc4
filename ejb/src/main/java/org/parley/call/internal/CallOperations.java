package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallDirection;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallNotFoundException;
import org.parley.call.CallNotTransferableException;
import org.parley.call.Party;
import org.parley.call.TransferRequest;
import org.parley.call.CallService;
import org.parley.call.CallState;
import org.parley.call.CallView;
import org.parley.platform.error.InvalidInputException;

/** Calls as the REST API and the console work with them: list, look at, click-to-dial, hang up. */
@ApplicationScoped
public class CallOperations implements CallService {

    private static final Logger LOG = Logger.getLogger(CallOperations.class.getName());

    @Inject
    CallEngine engine;

    @Inject
    CallRegistry registry;

    @Inject
    CallRouting routing;

    @Inject
    RingTimers timers;

    @Inject
    CallTransfers transfers;

    @Inject
    OriginAnnouncements announcements;

    @Override
    public CallView originate(String fromExtension, String to, String calleeName, List<String> announcement) {
        OriginatePlan plan = routing.originate(fromExtension, to).named(calleeName);
        Call call = new Call(UUID.randomUUID().toString(), CallDirection.ORIGINATED, plan.origin(),
                plan.destination().callee(), plan.destination().trunk(), engine.now());
        announcements.expect(call.id(), announcement);
        CallView[] started = new CallView[1];
        engine.withCall(call, (c, now, aftermath) -> {
            registry.add(c);
            registry.planDestination(c.id(), plan.destination());
            engine.publish(CallEvent.Type.CREATED, c, now);
            int dialled = engine.dial(c, plan.originLegs(), CallLeg.Role.ORIGIN, now);
            if (dialled == 0) {
                engine.execute(c, c.nothingReachable(now), now, CallState.SETUP, aftermath);
                return;
            }
            timers.start(c.id(), plan.originRingTime(), engine::ringTimeout);
            started[0] = CallView.of(c);
        });
        if (started[0] == null) {
            throw new InvalidInputException("from", "no device of extension " + fromExtension + " could be rung");
        }
        LOG.info(() -> "Call " + call.id() + ": click-to-dial from " + fromExtension + " to "
                + plan.destination().callee().number());
        return started[0];
    }

    @Override
    public List<CallView> active() {
        return registry.all().stream().map(engine::snapshot).toList();
    }

    @Override
    public Optional<CallView> find(String callId) {
        return registry.byId(callId).map(engine::snapshot);
    }

    @Override
    public Optional<String> callOfLeg(String legId) {
        return registry.byLeg(legId).map(Call::id);
    }

    @Override
    public void hangup(String callId) {
        Call call = registry.byId(callId).orElseThrow(() -> new CallNotFoundException(callId));
        engine.decide(call, (c, now) -> c.hangup(now));
        LOG.info(() -> "Call " + callId + " hung up through the API");
    }

    @Override
    public CallView transfer(String callId, String target, TransferRequest.Mode mode) {
        Call call = registry.byId(callId).orElseThrow(() -> new CallNotFoundException(callId));
        try {
            routing.transferTarget(target);
        } catch (CallRouting.Refusal r) {
            throw new InvalidInputException("target", r.getMessage());
        }
        TransferRequest request = new TransferRequest(mode, Party.of(target), Optional.empty(), Optional.empty(),
                Optional.empty());
        if (!transfers.start(call, request)) {
            throw new CallNotTransferableException(callId);
        }
        LOG.info(() -> "Call " + callId + ": " + mode.name().toLowerCase(Locale.ROOT) + " transfer to " + target
                + " asked through the API");
        return engine.snapshot(call);
    }

    @Override
    public CallView completeTransfer(String callId) {
        Call call = registry.byId(callId).orElseThrow(() -> new CallNotFoundException(callId));
        if (!consultation(call, (c, now) -> c.completeTransfer(now))) {
            throw new CallNotTransferableException(callId, "has no attended transfer to complete");
        }
        LOG.info(() -> "Call " + callId + ": attended transfer completed through the API");
        return engine.snapshot(call);
    }

    @Override
    public void cancelTransfer(String callId) {
        Call call = registry.byId(callId).orElseThrow(() -> new CallNotFoundException(callId));
        if (!consultation(call, (c, now) -> c.cancelTransfer(now))) {
            throw new CallNotTransferableException(callId, "has no attended transfer to cancel");
        }
        LOG.info(() -> "Call " + callId + ": attended transfer cancelled through the API");
    }

    /** Applies {@code decision} when the call's attended transfer rings or consults its target; false otherwise. */
    private boolean consultation(Call call, BiFunction<Call, Instant, List<CallAction>> decision) {
        boolean[] applied = {false};
        engine.withCall(call, (c, now, aftermath) -> {
            if (c.isOver() || !c.transfer().consultationOpen()) {
                return;
            }
            CallState before = c.state();
            engine.execute(c, decision.apply(c, now), now, before, aftermath);
            applied[0] = true;
        });
        return applied[0];
    }

    @Override
    public boolean reject(String callId, String extension) {
        Call call = registry.byId(callId).orElseThrow(() -> new CallNotFoundException(callId));
        boolean[] rejected = {false};
        engine.withCall(call, (c, now, aftermath) -> {
            List<String> ringing = c.legs().stream()
                    .filter(l -> l.role() == CallLeg.Role.DESTINATION && !l.isOver() && !l.state().isAnswered()
                            && l.party().number().equals(extension))
                    .map(CallLeg::id).toList();
            if (c.isOver() || ringing.isEmpty()) {
                return;
            }
            CallState before = c.state();
            List<CallAction> actions = new ArrayList<>();
            for (String legId : ringing) {
                actions.add(new CallAction.Cancel(legId));
                actions.addAll(c.failed(legId, 486, now));
            }
            engine.execute(c, actions, now, before, aftermath);
            rejected[0] = true;
        });
        if (rejected[0]) {
            LOG.info(() -> "Call " + callId + " rejected on the phones of extension " + extension);
        }
        return rejected[0];
    }

    @Override
    public int activeCount() {
        return registry.size();
    }
}
