package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallLeg;
import org.parley.call.CallState;
import org.parley.call.Party;
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
            LOG.info(() -> "Call " + c.id() + ": " + request.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + " transfer to " + request.target().number() + " started");
            ringTarget(c, request, now, aftermath);
        });
        return started[0];
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
        List<String> dialled = engine.dialLegs(call, plan.legs(presented, SessionDescription.none()),
                CallLeg.Role.DESTINATION, now);
        if (!dialled.isEmpty()) {
            timers.start(call.id(), plan.ringTime(), engine::ringTimeout);
        }
        engine.execute(call, call.transferTargetsDialled(dialled, now), now, CallState.TRANSFERRING, aftermath);
    }
}
