package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallLeg;
import org.parley.call.CallState;
import org.parley.call.LegView;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.ReferredBy;
import org.parley.call.SessionDescription;
import org.parley.call.TransferRequest;

/**
 * Starts a blind transfer on a call (a REFER from one of its parties, or the API): the call hands the transferor's leg
 * out of the bridge, the target is routed like a dialled number and rung without an offer; its answer's offer then
 * reaches the remaining party by re-INVITE ({@link Call#reoffered}), and the two are bridged.
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
        DestinationPlan plan;
        try {
            plan = routing.transferTarget(request.target().number());
        } catch (CallRouting.Refusal r) {
            LOG.info(() -> "Call " + call.id() + ": transfer to " + request.target().number() + " refused ("
                    + r.status() + "): " + r.getMessage());
            engine.execute(call, call.transferRefused(r.status(), now), now, CallState.TRANSFERRING, aftermath);
            return;
        }
        Party presented = call.transferredParty().orElse(call.caller());
        call.transferForwarded(plan.hops());
        ReferredBy referrer = new ReferredBy(call.transferor().orElseThrow(), request.referredBy());
        List<OutgoingLeg> legs = plan.legs(presented, SessionDescription.none()).stream()
                .map(leg -> leg.referredBy(referrer)).toList();
        List<String> dialled = engine.dialLegs(call, legs, CallLeg.Role.DESTINATION, now);
        if (!dialled.isEmpty()) {
            timers.start(call.id(), plan.ringTime(), engine::ringTimeout);
        }
        engine.execute(call, call.transferTargetsDialled(dialled, now), now, CallState.TRANSFERRING, aftermath);
    }
}
