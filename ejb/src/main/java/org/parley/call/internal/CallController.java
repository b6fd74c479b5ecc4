package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallControl;
import org.parley.call.CallDirection;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.CallState;
import org.parley.call.CallView;
import org.parley.call.CallerLeg;
import org.parley.call.IncomingCall;
import org.parley.call.SessionDescription;
import org.parley.call.TransferRequest;

/**
 * Call control's SIP-facing side: routes new calls ({@link CallRouting}) and applies what happens on their legs.
 * A call routed to a steerer (a queue) waits for it; any other rings its destination at once.
 */
@ApplicationScoped
public class CallController implements CallControl {

    private static final Logger LOG = Logger.getLogger(CallController.class.getName());

    @Inject
    CallEngine engine;

    @Inject
    CallRegistry registry;

    @Inject
    CallRouting routing;

    @Inject
    CallTransfers transfers;

    @Inject
    ForwardingSteerer forwardingSteerer;

    @Inject
    MediaAnchor anchor;

    @Inject
    OriginAnnouncements announcements;

    @Override
    public void incoming(IncomingCall in) {
        if (in.maxForwards() <= 0) {
            LOG.info(() -> "Call from " + in.caller().number() + " to " + in.dialled() + " refused: Max-Forwards 0");
            engine.respond(in.leg(), 483);
            return;
        }
        CallPlan plan;
        try {
            plan = routing.plan(in);
        } catch (CallRouting.Refusal r) {
            LOG.info(() -> "Call from " + in.caller().number() + " to " + in.dialled() + " refused ("
                    + r.status() + "): " + r.getMessage());
            Call call = open(in, r.direction(), r.callee(), in.fromTrunk());
            engine.withCall(call, (c, now, aftermath) ->
                    engine.execute(c, r.phrased(c.refused(r.status(), now)), now, CallState.SETUP, aftermath));
            return;
        }
        Call call = open(in, plan.direction(), plan.callee(), plan.trunk());
        if (!anchorCaller(call, in)) {
            return;
        }
        if (plan.steering().isPresent()) {
            engine.withCall(call, (c, now, aftermath) -> engine.execute(c, engine.waitForSteerer(c,
                    plan.steering().get().steerer(), plan.destination().hops(), now, aftermath), now, CallState.SETUP,
                    aftermath));
            LOG.info(() -> "Call " + call.id() + " from " + in.caller().number() + " to " + plan.callee().number()
                    + " waits to be steered");
            return;
        }
        engine.withCall(call, (c, now, aftermath) -> {
            plan.destination().hops().forEach(c::recordHop);
            plan.destination().forwardsAfterRinging().ifPresent(e -> forwardingSteerer.watch(c, e));
            List<CallAction> actions = engine.ring(c, plan.destination().legs(in.caller(), in.offer(),
                    in.maxForwards() - 1, c.hops()), plan.ringTime(), now);
            engine.execute(c, actions, now, CallState.SETUP, aftermath);
            LOG.info(() -> "Call " + c.id() + " from " + in.caller().number() + " to " + plan.callee().number()
                    + " (" + plan.direction() + "): " + plan.destination().destinations().size() + " devices rung");
        });
    }

    /**
     * With {@code PARLEY_MEDIA_ANCHOR=always}, the caller's leg is anchored on the media engine; a caller offering no
     * codec the engine has gets 488, and one the engine cannot take now (no free port) 503, and the call ends.
     */
    private boolean anchorCaller(Call call, IncomingCall in) {
        boolean[] anchored = {false};
        engine.withCall(call, (c, now, aftermath) -> {
            try {
                anchor.caller(c.id(), in.leg().legId(), in.offer());
                anchored[0] = true;
            } catch (CallMedia.Refused e) {
                LOG.info(() -> "Call " + c.id() + " from " + in.caller().number() + " refused (488): "
                        + e.getMessage());
                engine.execute(c, c.refused(488, now), now, CallState.SETUP, aftermath);
            } catch (CallMedia.Unavailable e) {
                LOG.warning(() -> "Call " + c.id() + " from " + in.caller().number() + " refused (503): the media "
                        + "engine cannot anchor it: " + e.getMessage());
                engine.execute(c, c.refused(503, now), now, CallState.SETUP, aftermath);
            }
        });
        return anchored[0];
    }

    /** Files a new call with the caller's leg and publishes it. */
    private Call open(IncomingCall in, CallDirection direction, org.parley.call.Party callee,
            Optional<String> trunk) {
        Instant now = engine.now();
        Call call = new Call(UUID.randomUUID().toString(), direction, in.caller(), callee, trunk, now);
        engine.withCall(call, (c, t, aftermath) -> {
            c.addLeg(new CallLeg(in.leg().legId(), CallLeg.Role.ORIGIN, in.caller(), "caller",
                    !in.offer().isEmpty(), t));
            registry.add(c);
            registry.fileCaller(c, in.leg(), in.offer(), in.maxForwards());
            engine.publish(CallEvent.Type.CREATED, c, t);
        });
        return call;
    }

    @Override
    public void progress(String legId, int status, SessionDescription body) {
        onLeg(legId, (call, now) -> call.progress(legId, status,
                anchor.fromDestination(call.id(), legId, false, call.isConnected(), body), now));
    }

    @Override
    public void answered(String legId, SessionDescription body) {
        onLeg(legId, (call, now) -> {
            if (isOrigin(call, legId)) {
                anchor.originAnswered(call.id(), legId, call.isConnected(), body,
                        announcements.anchorsOrigin(call.id()));
                return call.answered(legId, body, now);
            }
            return call.answered(legId, anchor.fromDestination(call.id(), legId, true, call.isConnected(), body), now);
        });
    }

    @Override
    public void failed(String legId, int status) {
        onLeg(legId, (call, now) -> call.failed(legId, status, now));
        anchor.legFailed(legId);
    }

    @Override
    public void confirmed(String legId, SessionDescription ackBody) {
        onLeg(legId, (call, now) -> call.confirmed(legId, anchor.fromCallerAck(call.id(), legId, ackBody), now));
    }

    private static boolean isOrigin(Call call, String legId) {
        return call.legs().stream().anyMatch(l -> l.id().equals(legId) && l.role() == CallLeg.Role.ORIGIN);
    }

    @Override
    public void cancelled(String legId) {
        onLeg(legId, (call, now) -> call.callerCancelled(legId, now));
    }

    @Override
    public void ended(String legId, boolean byRemote) {
        onLeg(legId, (call, now) -> call.legEnded(legId, byRemote, now));
    }

    @Override
    public void endedByPartner(String legId) {
        onLeg(legId, (call, now) -> call.legEndedByPartner(legId, now));
    }

    @Override
    public void modified(String legId, SessionDescription body) {
        registry.byLeg(legId).ifPresent(call -> engine.withCall(call, (c, now, aftermath) -> {
            if (c.hasLeg(legId) && !c.isOver() && c.sessionChanged(legId, body)) {
                engine.publish(c.held() ? CallEvent.Type.HELD : CallEvent.Type.RESUMED, c, now);
            }
        }));
    }

    @Override
    public void reoffered(String legId, int status, SessionDescription answer) {
        registry.byLeg(legId).ifPresent(call -> engine.withCall(call, (c, now, aftermath) -> {
            if (c.isOver()) {
                return;
            }
            boolean wasHeld = c.held();
            CallState before = c.state();
            engine.execute(c, c.reoffered(legId, status, answer, now), now, before, aftermath);
            publishHold(c, wasHeld, now);
        }));
    }

    @Override
    public void sessionOffered(String legId, String transactionKey, SessionDescription offer) {
        Optional<Call> call = registry.byLeg(legId);
        if (call.isEmpty()) {
            engine.respond(new CallerLeg(legId, transactionKey), 481);
            return;
        }
        engine.withCall(call.get(), (c, now, aftermath) -> {
            if (c.isOver() || !c.hasLeg(legId)) {
                engine.respond(new CallerLeg(legId, transactionKey), 481);
                return;
            }
            boolean wasHeld = c.held();
            CallState before = c.state();
            engine.execute(c, c.sessionOffered(legId, transactionKey, offer, l -> anchor.endpoint(l).isPresent()), now, before, aftermath);
            publishHold(c, wasHeld, now);
        });
    }

    /** {@code call.held} or {@code call.resumed} when the call's held state changed. */
    private void publishHold(Call call, boolean wasHeld, Instant now) {
        if (call.held() != wasHeld) {
            engine.publish(call.held() ? CallEvent.Type.HELD : CallEvent.Type.RESUMED, call, now);
        }
    }

    @Override
    public void transferRequested(TransferRequest request) {
        String legId = request.transferorLeg().orElseThrow(() ->
                new IllegalArgumentException("a party's transfer request names its leg"));
        String key = request.requestKey().orElseThrow(() ->
                new IllegalArgumentException("a party's transfer request has its transaction"));
        Optional<Call> call = registry.byLeg(legId);
        if (call.isEmpty()) {
            engine.answerTransferRequest(key, 481);
            return;
        }
        if (request.replacedLeg().isPresent()) {
            Optional<Call> consultation = registry.byLeg(request.replacedLeg().get());
            if (consultation.isPresent() && consultation.get() != call.get()) {
                transfers.startAttended(call.get(), consultation.get(), request);
                return;
            }
        }
        TransferRequest blind = request.asBlind();
        if (!transfers.start(call.get(), blind)) {
            LOG.info(() -> "Call " + call.get().id() + ": transfer to " + request.target().number()
                    + " refused: the call cannot be transferred now");
        }
    }

    @Override
    public void replacing(IncomingCall in, String replacedLeg) {
        Optional<Call> call = registry.byLeg(replacedLeg);
        if (call.isEmpty()) {
            engine.respond(in.leg(), 481);
            return;
        }
        engine.withCall(call.get(), (c, now, aftermath) -> {
            if (c.isOver()) {
                engine.respond(in.leg(), 481);
                return;
            }
            CallLeg newcomer = new CallLeg(in.leg().legId(), CallLeg.Role.DESTINATION, in.caller(), "replaces",
                    !in.offer().isEmpty(), now);
            CallState before = c.state();
            List<CallAction> actions = c.replace(replacedLeg, newcomer, in.leg().transactionKey(), in.offer(), now);
            if (c.hasLeg(newcomer.id())) {
                registry.fileLeg(newcomer.id(), c);
            }
            engine.execute(c, actions, now, before, aftermath);
            LOG.info(() -> "Call " + c.id() + ": " + in.caller().number() + " replaces leg " + replacedLeg);
        });
    }

    private void onLeg(String legId, BiFunction<Call, Instant, List<CallAction>> decision) {
        Optional<Call> call = registry.byLeg(legId);
        if (call.isEmpty()) {
            LOG.fine(() -> "Event for leg " + legId + " of no call in progress ignored");
            return;
        }
        engine.decide(call.get(), decision);
    }
}
