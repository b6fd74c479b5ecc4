package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parley.call.Call;
import org.parley.call.CallHop;
import org.parley.call.CallSteering;
import org.parley.call.CallState;
import org.parley.call.Destination;
import org.parley.call.Disposition;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.SessionRefusal;

/** What a steerer (a queue) does with the calls it steers. */
@ApplicationScoped
public class SteeringOperations implements CallSteering {

    @Inject
    CallEngine engine;

    @Inject
    CallRegistry registry;

    @Inject
    CallRouting routing;

    @Inject
    RingTimers timers;

    @Inject
    ForwardingSteerer forwardingSteerer;

    @Override
    public boolean ring(String callId, List<Destination> devices, Party rung, Duration ringTime) {
        return steered(callId).map(call -> engine.decide(call, (c, now) -> {
            if (c.state() != CallState.WAITING) {
                throw new IllegalStateException("call " + callId + " is " + c.state() + ", not waiting");
            }
            List<OutgoingLeg> legs = devices.stream().map(d -> new OutgoingLeg(c.caller(), rung, d,
                    registry.callerOffer(callId), registry.callerMaxForwards(callId))).toList();
            return engine.ring(c, legs, ringTime, now);
        })).orElse(false);
    }

    @Override
    public boolean stopRinging(String callId) {
        return steered(callId).map(call -> engine.decide(call,
                (c, now) -> c.stopRinging(Disposition.NO_ANSWER, 480, now))).orElse(false);
    }

    @Override
    public boolean giveUp(String callId, int status) {
        return steered(callId).map(call -> engine.decide(call, (c, now) -> c.giveUp(status, now))).orElse(false);
    }

    @Override
    public boolean confirm(String callId, Duration hangUpAfter) {
        boolean answered = steered(callId).map(call -> engine.decide(call,
                (c, now) -> c.answerLocally(SessionRefusal.answer(registry.callerOffer(callId)), now))).orElse(false);
        if (answered) {
            timers.start(callId, hangUpAfter, id -> engine.onCall(id, call -> engine.decide(call,
                    (c, now) -> c.hangup(now))));
        }
        return answered;
    }

    @Override
    public boolean divert(String callId, String extension) {
        return steered(callId).map(call -> engine.decide(call, (c, now) -> {
            registry.unsteer(callId);
            c.unsteer();
            List<org.parley.call.CallAction> cancelled = c.stopRinging(Disposition.NO_ANSWER, 480, now);
            try {
                DestinationPlan plan = routing.extension(extension);
                List<org.parley.call.CallAction> actions = new java.util.ArrayList<>(cancelled);
                actions.addAll(engine.ring(c, plan.legs(c.caller(), registry.callerOffer(callId),
                        registry.callerMaxForwards(callId)), plan.ringTime(), now));
                return actions;
            } catch (CallRouting.Refusal r) {
                List<org.parley.call.CallAction> actions = new java.util.ArrayList<>(cancelled);
                actions.addAll(c.refused(r.status(), now));
                return actions;
            }
        })).orElse(false);
    }

    /**
     * Forwards a call whose devices failed (a busy, no-answer or unavailable rule): the forward joins the call's
     * history, and the target rings — an extension with its own forwarding followed, or an outside number.
     */
    boolean forward(String callId, CallHop hop, Optional<Party> presentedAs) {
        return steered(callId).map(call -> engine.decide(call, (c, now) -> {
            forwardingSteerer.release(c);
            c.recordHop(hop);
            try {
                DestinationPlan plan = routing.forwardTo(hop.to().number(), c.hops(), presentedAs);
                plan.hops().forEach(c::recordHop);
                plan.forwardsAfterRinging().ifPresent(e -> forwardingSteerer.watch(c, e));
                return engine.ring(c, plan.legs(c.caller(), registry.callerOffer(callId),
                        registry.callerMaxForwards(callId), c.hops()), plan.ringTime(), now);
            } catch (CallRouting.Refusal r) {
                return c.refused(r.status(), now);
            }
        })).orElse(false);
    }

    private Optional<Call> steered(String callId) {
        return registry.byId(callId).filter(Call::isSteered);
    }
}
