package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallHop;
import org.parley.call.CallLeg;
import org.parley.call.CallSteering;
import org.parley.call.CallState;
import org.parley.call.LegView;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.ReferredBy;
import org.parley.call.SessionDescription;
import org.parley.call.TransferRequest;

/**
 * Starts a blind transfer on a call (a REFER from one of its parties, or the API): the call hands the transferor's leg
 * out of the bridge, the target is routed like a dialled number (its forwarding and extra devices applied) and rung
 * without an offer, its INVITE naming who referred it; its answer's offer then reaches the remaining party by
 * re-INVITE ({@link Call#reoffered}), and the two are bridged. A queue's number, or a target with a busy or no-answer
 * rule, steers the transfer ({@link Call#steerTransfer}): the queue or forwarding decides whom it rings next.
 */
@ApplicationScoped
public class CallTransfers {

    private static final Logger LOG = Logger.getLogger(CallTransfers.class.getName());

    @Inject
    CallEngine engine;

    @Inject
    CallRouting routing;

    @Inject
    RingTimers timers;

    @Inject
    CallRegistry registry;

    @Inject
    ForwardingSteerer forwarding;

    /** Starts the transfer under the call's lock; returns whether it started (false: refused, call not answered). */
    boolean start(Call call, TransferRequest request) {
        boolean[] started = {false};
        engine.withCall(call, (c, now, aftermath) -> {
            if (c.isOver()) {
                request.requestKey().ifPresent(key -> engine.answerTransferRequest(key, 481));
                return;
            }
            if (!request.referred() && !c.canTransfer()) {
                return;
            }
            CallState before = c.state();
            engine.execute(c, c.startTransfer(request, now), now, before, aftermath);
            if (c.state() != CallState.TRANSFERRING) {
                return;
            }
            started[0] = true;
            LOG.info(() -> "Call " + c.id() + ": " + request.mode().name().toLowerCase(Locale.ROOT)
                    + " transfer to " + request.target().number() + " started");
            ringTarget(c, request, now, aftermath);
        });
        return started[0];
    }

    /**
     * Attended transfer: the consultation call (the transferor's call with the target) hands its target leg over,
     * then the transferor's call connects it with the remaining party. When the consultation call cannot hand it over
     * (not answered, over) the transfer goes on blind to the Refer-To target; when the transferor's call refuses, the
     * consultation call is bridged again.
     */
    boolean startAttended(Call call, Call consultation, TransferRequest request) {
        String replaced = request.replacedLeg().orElseThrow();
        LegView[] target = {null};
        engine.withCall(consultation, (c, now, aftermath) -> {
            Optional<LegView> partner = c.isOver() ? Optional.empty() : c.partnerOf(replaced);
            if (partner.isPresent()) {
                CallState before = c.state();
                engine.execute(c, c.handOver(replaced, now), now, before, aftermath);
                target[0] = partner.get();
            }
        });
        if (target[0] == null) {
            LOG.info(() -> "Call " + consultation.id() + " cannot hand its target over: transferred blind");
            return start(call, request.asBlind());
        }
        boolean[] started = {false};
        engine.withCall(call, (c, now, aftermath) -> {
            if (c.isOver()) {
                request.requestKey().ifPresent(key -> engine.answerTransferRequest(key, 481));
                return;
            }
            CallState before = c.state();
            List<CallAction> actions = c.startAttendedTransfer(request, target[0], now);
            if (c.state() == CallState.TRANSFERRING) {
                registry.fileLeg(target[0].id(), c);
                started[0] = true;
            }
            engine.execute(c, actions, now, before, aftermath);
        });
        if (!started[0]) {
            engine.withCall(consultation, (c, now, aftermath) -> {
                if (!c.isOver()) {
                    engine.execute(c, c.transferRefused(491, now), now, c.state(), aftermath);
                }
            });
            return false;
        }
        LOG.info(() -> "Call " + call.id() + ": attended transfer to " + target[0].party().number() + " (from call "
                + consultation.id() + ") started");
        return true;
    }

    private void ringTarget(Call call, TransferRequest request, Instant now, CallEngine.Aftermath aftermath) {
        String target = request.target().number();
        CallPlan plan;
        try {
            plan = routing.transferTarget(target);
        } catch (CallRouting.Refusal r) {
            engine.execute(call, refused(call, target, r, now), now, CallState.TRANSFERRING, aftermath);
            return;
        }
        if (plan.steering().isPresent()) {
            waitForSteerer(call, plan, aftermath);
            LOG.info(() -> "Call " + call.id() + ": transferred to " + target + ", waits to be steered");
            return;
        }
        engine.execute(call, ring(call, plan.destination(), List.of(), now), now, CallState.TRANSFERRING, aftermath);
    }

    /**
     * The transfer's target is a queue, dialled or reached by the target's forwards (under the call's lock): the
     * remaining party waits there as a caller does, the queue choosing whom the transfer rings; the forwards that led
     * there follow the transfer in the history once it is done.
     */
    private void waitForSteerer(Call call, CallPlan plan, CallEngine.Aftermath aftermath) {
        call.transfer().forwarded(plan.destination().hops());
        call.transfer().steer();
        engine.handToSteerer(call, plan.steering().orElseThrow().steerer(), aftermath);
    }

    private static List<CallAction> refused(Call call, String target, CallRouting.Refusal r, Instant now) {
        LOG.info(() -> "Call " + call.id() + ": transfer to " + target + " refused (" + r.status() + "): "
                + r.getMessage());
        return call.transferRefused(r.status(), now);
    }

    /**
     * Rings a transfer's target (under the call's lock): every leg without an offer, naming who referred it. A target
     * with a busy or no-answer rule is watched by forwarding: when its devices fail, its rule may forward the transfer
     * ({@link #forwardTarget}).
     *
     * @param earlier the forwards the transfer took before reaching this target
     */
    private List<CallAction> ring(Call call, DestinationPlan plan, List<CallHop> earlier, Instant now) {
        Party presented = call.transfer().presentedAs().orElse(call.caller());
        call.transfer().forwarded(plan.hops());
        List<CallHop> history = new ArrayList<>(earlier);
        history.addAll(plan.hops());
        ReferredBy referrer = call.transfer().referredBy().orElseThrow();
        List<OutgoingLeg> legs = plan.legs(presented, SessionDescription.none(), 70, history).stream()
                .map(leg -> leg.referredBy(referrer)).toList();
        plan.forwardsAfterRinging().ifPresent(e -> forwarding.watchTransfer(call, e, history));
        List<String> dialled = engine.dialLegs(call, legs, CallLeg.Role.DESTINATION, now);
        if (!dialled.isEmpty()) {
            timers.start(call.id(), plan.ringTime(), engine::ringTimeout);
        }
        return call.transfer().isSteered() ? call.transfer().steeredTargetsDialled(dialled, now)
                : call.transferTargetsDialled(dialled, now);
    }

    /**
     * The busy or no-answer rule of a transfer's target forwards it (under the call's lock): the forward joins the
     * transfer's history, and its target rings as the transfer's target (its own forwarding followed), or, when the
     * forward leads to a queue, the remaining party waits there.
     *
     * @param earlier the forwards the transfer took before this one
     */
    List<CallAction> forwardTarget(Call call, CallHop hop, Optional<Party> presentedAs, List<CallHop> earlier,
            Instant now, CallEngine.Aftermath aftermath) {
        List<CallAction> actions = new ArrayList<>(call.transfer().diverted(now));
        call.transfer().forwarded(List.of(hop));
        List<CallHop> history = new ArrayList<>(earlier);
        history.add(hop);
        try {
            CallPlan plan = routing.forwardTo(hop.to().number(), history, presentedAs);
            if (plan.steering().isPresent()) {
                waitForSteerer(call, plan, aftermath);
            } else {
                actions.addAll(ring(call, plan.destination(), history, now));
            }
        } catch (CallRouting.Refusal r) {
            actions.addAll(refused(call, hop.to().number(), r, now));
        }
        return actions;
    }

    /**
     * A steerer (a queue) rings devices for a call transferred to it (under the call's lock): as for any transfer
     * target, without an offer and naming who referred it; when they fail, the steerer hears of it.
     */
    List<CallAction> ringForSteerer(Call call, List<CallSteering.Ring> rings, Duration ringTime, Instant now) {
        Party presented = call.transfer().transferredParty().orElseThrow();
        ReferredBy referrer = call.transfer().referredBy().orElseThrow();
        List<OutgoingLeg> legs = rings.stream().map(r -> new OutgoingLeg(presented, r.rung(), r.device(),
                SessionDescription.none(), 70).referredBy(referrer)).toList();
        List<String> dialled = engine.dialLegs(call, legs, CallLeg.Role.DESTINATION, now);
        if (!dialled.isEmpty()) {
            timers.start(call.id(), ringTime, engine::ringTimeout);
        }
        return call.transfer().steeredTargetsDialled(dialled, now);
    }

    /**
     * A steerer sends a call transferred to it on to an extension for good (a queue's fallback): the transfer goes on
     * to that extension as to any target; if it fails, the call returns to the transferor.
     */
    List<CallAction> divertFromSteerer(Call call, String extension, Instant now) {
        registry.unsteer(call.id());
        List<CallAction> actions = new ArrayList<>(call.transfer().diverted(now));
        try {
            CallPlan plan = routing.transferTarget(extension);
            if (plan.steering().isPresent()) {
                throw new CallRouting.Refusal(488, extension + " is steered itself", plan.direction(),
                        plan.callee());
            }
            actions.addAll(ring(call, plan.destination(), List.of(), now));
        } catch (CallRouting.Refusal r) {
            actions.addAll(refused(call, extension, r, now));
        }
        return actions;
    }
}
