package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallHop;
import org.parley.call.CallMedia;
import org.parley.call.CallSteering;
import org.parley.call.CallVoicemail;
import org.parley.call.CallState;
import org.parley.call.CallerLeg;
import org.parley.call.Destination;
import org.parley.call.Disposition;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.SessionDescription;

/** What a steerer (a queue) does with the calls it steers. */
@ApplicationScoped
public class SteeringOperations implements CallSteering {

    private static final Logger LOG = Logger.getLogger(SteeringOperations.class.getName());
    /** How long a confirmation call may last at most, should its prompt's end never be reported. */
    private static final Duration PROMPT_LIMIT = Duration.ofSeconds(30);

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

    @Inject
    CallTransfers transfers;

    @Inject
    FeatureCodeAnnouncer announcer;

    @Inject
    CallMedia media;


    @Inject
    MediaAnchor anchor;

    @Inject
    CallVoicemail voicemail;

    @Override
    public boolean ring(String callId, List<Destination> devices, Party rung, Duration ringTime) {
        return ring(callId, devices.stream().map(d -> new Ring(d, rung)).toList(), ringTime);
    }

    @Override
    public boolean ring(String callId, List<Ring> rings, Duration ringTime) {
        return waitingCall(callId, (c, now) -> {
            if (c.transfer().isSteered()) {
                return transfers.ringForSteerer(c, rings, ringTime, now);
            }
            if (c.state() != CallState.WAITING) {
                throw new IllegalStateException("call " + callId + " is " + c.state() + ", not waiting");
            }
            List<OutgoingLeg> legs = rings.stream().map(r -> new OutgoingLeg(c.caller(), r.rung(), r.device(),
                    registry.callerOffer(callId), registry.callerMaxForwards(callId))).toList();
            return engine.ring(c, legs, ringTime, now);
        });
    }

    @Override
    public boolean stopRinging(String callId) {
        return waitingCall(callId, (c, now) -> c.stopRinging(Disposition.NO_ANSWER, 480, now));
    }

    @Override
    public boolean giveUp(String callId, int status) {
        return waitingCall(callId, (c, now) -> c.giveUp(status, now));
    }

    @Override
    public Optional<String> anchor(String callId) {
        Optional<CallerLeg> caller = registry.caller(callId);
        SessionDescription offer = registry.callerOffer(callId);
        if (caller.isEmpty() || offer.isEmpty()
                || registry.byId(callId).filter(c -> c.isSteered() && !c.transfer().isSteered()).isEmpty()) {
            return Optional.empty();
        }
        CallMedia.Answered answered;
        try {
            // with PARLEY_MEDIA_ANCHOR=always the caller has an endpoint already: the feature takes it over
            answered = anchor.handOver(callId, caller.get().legId())
                    .orElseGet(() -> media.answer(caller.get().legId(), offer));
        } catch (CallMedia.Refused refused) {
            LOG.log(Level.INFO, "Call {0} offers no codec Parley has: the caller hears ringing ({1})",
                    new Object[] {callId, refused.getMessage()});
            return Optional.empty();
        }
        boolean[] sent = {false};
        waitingCall(callId, (c, now) -> {
            List<CallAction> actions = c.earlyMediaFromParley(answered.answer(), now);
            if (!actions.isEmpty()) {
                anchor.waiting(callId, caller.get().legId(), answered);
                sent[0] = true;
            }
            return actions;
        });
        if (!sent[0]) {
            anchor.discard(answered);
            return Optional.empty();
        }
        return Optional.of(answered.endpointId());
    }

    @Override
    public boolean confirm(String callId, String prompt) {
        if (registry.byId(callId).filter(c -> c.transfer().isSteered()).isPresent()) {
            throw new IllegalStateException("call " + callId + " was transferred: it cannot be confirmed");
        }
        Optional<CallerLeg> caller = registry.caller(callId);
        if (caller.isEmpty()) {
            return false;
        }
        CallMedia.Answered media;
        try {
            media = announcer.open(callId, caller.get(), registry.callerOffer(callId));
        } catch (CallMedia.Refused refused) {
            LOG.log(Level.INFO, "Call {0} offers no codec Parley has: {1}", new Object[] {callId, refused.getMessage()});
            return giveUp(callId, 488);
        }
        boolean answered = waitingCall(callId, (c, now) -> c.answerLocally(media.answer(), now));
        if (!answered) {
            announcer.discard(media);
            return false;
        }
        // should the prompt never end (the engine gone, the sound missing), the call does not stay up
        timers.start(callId, PROMPT_LIMIT, id -> engine.onCall(id, call -> engine.decide(call,
                (c, now) -> c.hangup(now))));
        announcer.play(callId, media, prompt);
        return true;
    }

    @Override
    public boolean divert(String callId, String extension) {
        return waitingCall(callId, (c, now) -> {
            if (c.transfer().isSteered()) {
                return transfers.divertFromSteerer(c, extension, now);
            }
            registry.unsteer(callId);
            c.unsteer();
            List<CallAction> cancelled = c.stopRinging(Disposition.NO_ANSWER, 480, now);
            try {
                // the extension's own forwarding applies, as for a call dialled to it
                DestinationPlan plan = routing.divertTo(extension, c.hops());
                plan.hops().forEach(c::recordHop);
                plan.forwardsAfterRinging().ifPresent(e -> forwardingSteerer.watch(c, e));
                List<CallAction> actions = new ArrayList<>(cancelled);
                actions.addAll(engine.ring(c, plan.legs(c.caller(), registry.callerOffer(callId),
                        registry.callerMaxForwards(callId), c.hops()), plan.ringTime(), now));
                return actions;
            } catch (CallRouting.Refusal r) {
                List<CallAction> actions = new ArrayList<>(cancelled);
                actions.addAll(c.refused(r.status(), now));
                return actions;
            }
        });
    }

    /**
     * Forwards a call whose devices failed (a busy, no-answer or unavailable rule): the forward joins the call's
     * history, and the target rings — an extension with its own forwarding followed, or an outside number — or, when
     * the forward leads to a queue, the call waits there as a caller does. {@code confirmFor}: the rule asks "press 1
     * to accept" on behalf of that extension (not for a transfer's target, which connects when it answers).
     */
    boolean forward(String callId, CallHop hop, Optional<Party> presentedAs, Optional<String> confirmFor) {
        return waitingCall(callId, (c, now, aftermath) -> {
            List<CallHop> transferForwards = registry.forwardHistory(callId).orElse(List.of());
            forwardingSteerer.release(c);
            if (c.transfer().isSteered()) {
                return transfers.forwardTarget(c, hop, presentedAs, transferForwards, now, aftermath);
            }
            c.recordHop(hop);
            try {
                CallPlan plan = routing.forwardTo(hop.to().number(), c.hops(), presentedAs, confirmFor);
                if (plan.steering().isPresent()) {
                    return engine.waitForSteerer(c, plan.steering().get().steerer(), plan.destination().hops(), now,
                            aftermath);
                }
                DestinationPlan destination = plan.destination();
                destination.hops().forEach(c::recordHop);
                destination.forwardsAfterRinging().ifPresent(e -> forwardingSteerer.watch(c, e));
                return engine.ring(c, destination.legs(c.caller(), registry.callerOffer(callId),
                        registry.callerMaxForwards(callId), c.hops()), destination.ringTime(), now);
            } catch (CallRouting.Refusal r) {
                return c.refused(r.status(), now);
            }
        });
    }

    /**
     * Sends a call whose devices failed to a mailbox: Parley answers it with its media (the caller's offer answered as
     * RFC 3264 says), the call's record gains the voicemail hop, and the voicemail feature greets and records. A
     * transfer under way is not taken (it fails back to the transferor as before); a caller offering no codec Parley
     * has gets {@code 488}.
     *
     * @param hop the step to the mailbox ({@link CallHop.Type#VOICEMAIL}, the box's number as {@code to})
     */
    @Override
    public boolean toMailbox(String callId, CallHop hop) {
        Optional<Taken> taken = answerWithMedia(callId, c -> {
            forwardingSteerer.release(c);
            c.recordHop(hop);
        });
        taken.ifPresent(t -> {
            LOG.log(Level.INFO, "Call {0} went to mailbox {1} ({2})", new Object[] {callId, hop.to().number(),
                    hop.reason()});
            voicemail.leaveMessage(new CallVoicemail.Deposit(callId, t.legId(), t.endpointId(), hop.to().number(),
                    registry.byId(callId).map(Call::caller).orElse(hop.from())));
        });
        return taken.isPresent();
    }

    @Override
    public Optional<Taken> takeOver(String callId) {
        return answerWithMedia(callId, c -> {
            registry.unsteer(callId);
            c.unsteer();
        });
    }

    /**
     * Answers a waiting call with Parley's media, after {@code first} (under the call's lock); empty when the call is
     * over, answered, a transfer under way, or refused ({@code 488}: no codec Parley has).
     */
    private Optional<Taken> answerWithMedia(String callId, java.util.function.Consumer<Call> first) {
        if (registry.byId(callId).filter(c -> c.transfer().isSteered()).isPresent()) {
            return Optional.empty();
        }
        Optional<CallerLeg> caller = registry.caller(callId);
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        CallMedia.Answered media;
        try {
            media = announcer.open(callId, caller.get(), registry.callerOffer(callId));
        } catch (CallMedia.Refused refused) {
            LOG.log(Level.INFO, "Call {0} offers no codec Parley has: {1}", new Object[] {callId, refused.getMessage()});
            giveUp(callId, 488);
            return Optional.empty();
        }
        boolean answered = waitingCall(callId, (c, now) -> {
            first.accept(c);
            return c.answerLocally(media.answer(), now);
        });
        if (!answered) {
            announcer.discard(media);
            return Optional.empty();
        }
        return Optional.of(new Taken(caller.get().legId(), media.endpointId()));
    }

    /**
     * Applies a steerer's decision to a steered call that nobody answered yet, under its lock (checked there, so that
     * an agent answering at the same moment wins); false when the call is over, answered or not steered.
     */
    private boolean waitingCall(String callId, BiFunction<Call, Instant, List<CallAction>> decision) {
        return waitingCall(callId, (c, now, aftermath) -> decision.apply(c, now));
    }

    /** {@link #waitingCall(String, BiFunction)} for a decision that leaves work for after the lock (a new steerer). */
    private boolean waitingCall(String callId, SteeredDecision decision) {
        Optional<Call> call = registry.byId(callId).filter(c -> c.isSteered() || c.transfer().isSteered());
        if (call.isEmpty()) {
            return false;
        }
        boolean[] applied = {false};
        engine.withCall(call.get(), (c, now, aftermath) -> {
            if (c.isOver() || c.state() == CallState.ANSWERED || !(c.isSteered() || c.transfer().isSteered())) {
                return;
            }
            applied[0] = true;
            CallState before = c.state();
            engine.execute(c, decision.decide(c, now, aftermath), now, before, aftermath);
        });
        return applied[0];
    }

    /** A decision on a steered call, under its lock. */
    @FunctionalInterface
    private interface SteeredDecision {
        List<CallAction> decide(Call call, Instant now, CallEngine.Aftermath aftermath);
    }
}
