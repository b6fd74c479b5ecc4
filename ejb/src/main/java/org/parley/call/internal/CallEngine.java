package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallEvent;
import org.parley.call.CallHop;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.CallSignalling;
import org.parley.call.CallState;
import org.parley.call.CallSteerer;
import org.parley.call.CallView;
import org.parley.call.CallerLeg;
import org.parley.call.OutgoingLeg;
import org.parley.call.SessionDescription;
import org.parley.call.SignallingException;

/**
 * The machinery every entry into call control shares: apply one fact to a {@link Call} under its lock, carry out the
 * actions it returns, open legs, publish the events of what changed, let an ended call go — and, once the lock is
 * released, tell a call's steerer what it must hear.
 */
@ApplicationScoped
public class CallEngine {

    private static final Logger LOG = Logger.getLogger(CallEngine.class.getName());

    @Inject
    CallSignalling signalling;

    @Inject
    CallRegistry registry;

    @Inject
    RingTimers timers;

    @Inject
    Clock clock;

    @Inject
    Event<CallEvent> events;

    @Inject
    MediaAnchor anchor;

    @Inject
    LegMedia legMedia;


    @Inject
    ReofferRetries retries;

    @Inject
    KeyConfirmations confirmations;

    @Inject
    OriginAnnouncements announcements;

    /** What a decision leaves to do once the call's lock is released (telling its steerer). */
    static final class Aftermath {
        private final List<Runnable> later = new ArrayList<>();

        void add(Runnable r) {
            later.add(r);
        }

        void run() {
            for (Runnable r : later) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A call's steerer failed", e);
                }
            }
        }
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Works on a call under its lock: {@code work} gets the call, the time and an aftermath to fill; the aftermath
     * runs once the lock is released.
     */
    void withCall(Call call, WorkOnCall work) {
        Aftermath aftermath = new Aftermath();
        call.lock().lock();
        try {
            work.run(call, clock.instant(), aftermath);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call " + call.id() + ": a decision failed; the call is hung up", e);
            forceEnd(call, aftermath);
        } finally {
            call.lock().unlock();
        }
        aftermath.run();
    }

    /** Work done on a call under its lock. */
    @FunctionalInterface
    interface WorkOnCall {
        void run(Call call, Instant now, Aftermath aftermath);
    }

    /**
     * A call starts waiting for a steerer (a queue it was dialled or forwarded to), under its lock: the forwards that
     * led there join its history, the caller hears ringing (unless it already does), and the steerer hears of the
     * call once the lock is released. Returns what the caller must be told.
     */
    List<CallAction> waitForSteerer(Call call, CallSteerer steerer, List<CallHop> forwards, Instant now,
            Aftermath aftermath) {
        forwards.forEach(call::recordHop);
        call.steer();
        List<CallAction> actions = call.startWaiting(now);
        handToSteerer(call, steerer, aftermath);
        return actions;
    }

    /**
     * Hands a call, or its transfer, to a steerer (under the call's lock): filed as the call's steerer, which hears of
     * the call, as it is now, once the lock is released.
     */
    void handToSteerer(Call call, CallSteerer steerer, Aftermath aftermath) {
        registry.steer(call.id(), steerer);
        CallView view = CallView.of(call);
        aftermath.add(() -> steerer.started(view));
    }

    /** Applies one fact to a call in progress, carries out the actions and publishes what changed. */
    boolean decide(Call call, BiFunction<Call, Instant, List<CallAction>> decision) {
        boolean[] applied = {false};
        withCall(call, (c, now, aftermath) -> {
            if (c.isOver()) {
                return;
            }
            CallState before = c.state();
            execute(c, decision.apply(c, now), now, before, aftermath);
            applied[0] = true;
        });
        return applied[0];
    }

    /** Carries out actions in order (some return more) and publishes the events of the change. */
    void execute(Call call, List<CallAction> actions, Instant now, CallState before, Aftermath aftermath) {
        Deque<CallAction> pending = new ArrayDeque<>(actions);
        while (!pending.isEmpty()) {
            CallAction action = pending.removeFirst();
            try {
                pending.addAll(carryOut(call, action, now, aftermath));
            } catch (SignallingException e) {
                LOG.log(Level.INFO, "Call {0}: {1} could not be carried out: {2}",
                        new Object[] {call.id(), action, e.getMessage()});
            }
        }
        announce(call, before, now);
    }

    private List<CallAction> carryOut(Call call, CallAction action, Instant now, Aftermath aftermath) {
        if (action instanceof CallAction.RespondToCaller r) {
            SessionDescription body = r.status() / 100 == 2 ? anchor.answerToCaller(call, r.body()) : r.body();
            registry.caller(call.id())
                    .ifPresent(c -> signalling.respondToCaller(c, r.status(), r.reasonPhrase(), body));
        } else if (action instanceof CallAction.Bridge b) {
            signalling.bridge(b.legA(), b.legB());
            anchor.bridged(b.legA(), b.legB());
        } else if (action instanceof CallAction.Cancel c) {
            signalling.cancel(c.legId());
        } else if (action instanceof CallAction.Hangup h) {
            signalling.hangup(h.legId());
        } else if (action instanceof CallAction.Acknowledge a) {
            if (!announcements.acknowledged(a.legId())) {
                signalling.acknowledge(a.legId(), a.answer());
            }
        } else if (action instanceof CallAction.RespondToInvite r) {
            signalling.respondToCaller(new CallerLeg(r.legId(), r.transactionKey()), r.status(), r.body());
        } else if (action instanceof CallAction.Unbridge u) {
            signalling.unbridge(u.legId());
        } else if (action instanceof CallAction.Reoffer r) {
            signalling.reoffer(r.legId(), r.offer());
        } else if (action instanceof CallAction.AnswerTransferRequest t) {
            signalling.answerTransferRequest(t.requestKey(), t.status());
        } else if (action instanceof CallAction.NotifyTransferor n) {
            signalling.notifyTransferor(n.legId(), n.status());
        } else if (action instanceof CallAction.Announce a) {
            publish(a.type(), call, now);
            LOG.info(() -> "Call " + call.id() + ": " + a.type().eventName());
        } else if (action instanceof CallAction.GiveBack g) {
            giveBack(call, g, aftermath);
        } else if (action instanceof CallAction.DialDestination d) {
            return announcements.holdsBack(call) ? List.of() : dialDestination(call, d.offer(), now);
        } else if (action instanceof CallAction.ReofferLater r) {
            retries.schedule(r.legId(), this::retryReoffer);
        } else if (LegMedia.handles(action)) {
            return legMedia.carryOut(call, action);
        } else if (KeyConfirmations.handles(action)) {
            return confirmations.carryOut(call, action, now, aftermath);
        } else if (action instanceof CallAction.DestinationsExhausted x) {
            timers.cancel(call.id());
            registry.steerer(call.id()).ifPresent(steerer -> {
                CallView view = CallView.of(call);
                aftermath.add(() -> steerer.exhausted(view, x.outcome(), x.status()));
            });
        }
        return List.of();
    }

    /** The pause after a 491 to Parley's re-INVITE is over: the call decides whether to offer again. */
    private void retryReoffer(String legId) {
        registry.byLeg(legId).ifPresent(call -> decide(call, (c, now) -> c.retryReoffer(legId)));
    }

    /**
     * The target's leg goes back to the consultation call (filed under it at once, so that its next events reach it);
     * the consultation call takes it back once this call's lock is released (never both locks at once).
     */
    private void giveBack(Call from, CallAction.GiveBack g, Aftermath aftermath) {
        Optional<Call> consultation = registry.byLeg(g.consultationLeg()).filter(c -> c != from);
        if (consultation.isEmpty()) {
            signalling.hangup(g.targetLeg());
            return;
        }
        registry.fileLeg(g.targetLeg(), consultation.get());
        aftermath.add(() -> withCall(consultation.get(), (c, now, later) -> {
            CallState before = c.state();
            execute(c, c.takeBack(g.targetLeg(), g.pendingOffer(), now), now, before, later);
        }));
        LOG.info(() -> "Call " + from.id() + ": leg " + g.targetLeg() + " given back to call " + consultation.get().id());
    }

    /** Click-to-dial, second step: the origin answered; ring the destination with its offer. */
    private List<CallAction> dialDestination(Call call, SessionDescription offer, Instant now) {
        DestinationPlan plan = registry.destinationPlan(call.id()).orElseThrow(() ->
                new IllegalStateException("no destination planned for call " + call.id()));
        return ring(call, plan.legs(call.caller(), offer), plan.ringTime(), now);
    }

    /**
     * Opens destination legs and starts their ring timer; when none could be sent, the call's answer to that
     * (nothing reachable, or exhausted for a steered call).
     */
    List<CallAction> ring(Call call, List<OutgoingLeg> legs, Duration ringTime, Instant now) {
        int dialled = dial(call, legs, CallLeg.Role.DESTINATION, now);
        if (dialled == 0) {
            return call.isSteered() ? call.stopRinging(org.parley.call.Disposition.FAILED, 503, now)
                    : call.nothingReachable(now);
        }
        timers.start(call.id(), ringTime, this::ringTimeout);
        return List.of();
    }

    /** Opens legs, each filed under the call before it is sent; returns how many could be sent. */
    int dial(Call call, List<OutgoingLeg> legs, CallLeg.Role role, Instant now) {
        return dialLegs(call, legs, role, now).size();
    }

    /** Opens legs like {@link #dial}; returns the ids of those sent. */
    List<String> dialLegs(Call call, List<OutgoingLeg> legs, CallLeg.Role role, Instant now) {
        List<String> dialled = new ArrayList<>();
        boolean answered = call.isConnected();
        if (role == CallLeg.Role.DESTINATION && !answered && !legs.isEmpty()) {
            call.answeredOrigin().or(() -> call.legs().stream().filter(l -> l.role() == CallLeg.Role.ORIGIN)
                    .findFirst()).ifPresent(o -> anchor.destinations(call.id(), o.id(), legs.get(0).offer(), legs));
        }
        for (OutgoingLeg planned : legs) {
            String legId = UUID.randomUUID().toString();
            OutgoingLeg leg;
            boolean confirming = false;
            try {
                leg = anchor.outgoing(call.id(), legId, role, answered, planned);
                if (leg == planned && confirmable(call, planned, role)) {
                    // press 1 to accept: Parley answers the device itself and prompts it
                    leg = planned.withOffer(confirmations.offerFor(call.id(), legId, planned.confirmFor().get()));
                    confirming = true;
                }
            } catch (CallMedia.Unavailable e) {
                LOG.log(Level.WARNING, "Call {0}: {1} not rung: the media engine cannot anchor it: {2}",
                        new Object[] {call.id(), planned.destination().describe(), e.getMessage()});
                fileLeg(call, legId, role, planned, now);
                call.notDialled(legId, now);
                continue;
            }
            fileLeg(call, legId, role, leg, now);
            if (confirming) {
                call.confirmations().expect(legId);
            }
            try {
                signalling.dial(legId, leg);
                dialled.add(legId);
            } catch (SignallingException e) {
                LOG.log(Level.INFO, "Call {0}: {1} could not be rung: {2}",
                        new Object[] {call.id(), leg.destination().describe(), e.getMessage()});
                call.notDialled(legId, now);
            }
        }
        return dialled;
    }

    /**
     * Whether a leg is to be confirmed by key ("press 1 to accept"): its forward or extra device asks for it, it is a
     * destination of a call whose caller made an offer, and nothing else anchors it.
     */
    private boolean confirmable(Call call, OutgoingLeg planned, CallLeg.Role role) {
        return planned.confirmFor().isPresent() && role == CallLeg.Role.DESTINATION && !call.isConnected()
                && registry.caller(call.id()).isPresent() && !registry.callerOffer(call.id()).isEmpty();
    }

    private void fileLeg(Call call, String legId, CallLeg.Role role, OutgoingLeg leg, Instant now) {
        call.addLeg(new CallLeg(legId, role, leg.to(), leg.destination().describe(), !leg.offer().isEmpty(), now));
        registry.fileLeg(legId, call);
    }

        void ringTimeout(String callId) {
        registry.byId(callId).ifPresent(call -> {
            if (decide(call, (c, now) -> c.ringTimeout(now))) {
                LOG.info(() -> "Call " + callId + ": nobody answered in time");
            }
        });
    }

    /** Publishes the events a decision caused and lets an ended call go. */
    private void announce(Call call, CallState before, Instant now) {
        CallState after = call.state();
        if (after == before) {
            return;
        }
        if (after == CallState.RINGING) {
            publish(CallEvent.Type.RINGING, call, now);
        }
        if (after == CallState.TRANSFERRING) {
            publish(CallEvent.Type.TRANSFERRING, call, now);
        }
        if (after == CallState.ANSWERED && before == CallState.TRANSFERRING) {
            timers.cancel(call.id());
            // a steerer the call was transferred to (a queue) is done with it either way; an answered call needs none
            registry.unsteer(call.id());
            registry.forgetForwardAfterRinging(call.id());
            publish(call.transfer().lastDone() ? CallEvent.Type.TRANSFERRED : CallEvent.Type.TRANSFER_FAILED, call, now);
            LOG.info(() -> "Call " + call.id() + ": transfer " + (call.transfer().lastDone() ? "done, now with "
                    + call.answeredBy().map(CallLeg::device).orElse("?") : "failed; the call goes on"));
        } else if (after == CallState.ANSWERED) {
            timers.cancel(call.id());
            publish(CallEvent.Type.ANSWERED, call, now);
            LOG.info(() -> "Call " + call.id() + " answered by " + call.answeredBy().map(CallLeg::device).orElse("?"));
        }
        if (after == CallState.ENDED) {
            timers.cancel(call.id());
            registry.remove(call);
            publish(CallEvent.Type.ENDED, call, now);
            LOG.info(() -> "Call " + call.id() + " ended: " + call.disposition().map(Enum::name).orElse("?"));
        }
    }

    /** Last resort after a failed decision: every leg hung up, the call ended and forgotten. */
    private void forceEnd(Call call, Aftermath aftermath) {
        Instant now = clock.instant();
        CallState before = call.state();
        for (CallAction a : call.hangup(now)) {
            try {
                carryOut(call, a, now, aftermath);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Call {0}: {1} failed while ending it: {2}",
                        new Object[] {call.id(), a, e.getMessage()});
            }
        }
        announce(call, before, now);
        registry.remove(call);
        timers.cancel(call.id());
    }

    /** Answers an INVITE that never became a call (483, a refusal before any decision). */
    void respond(CallerLeg leg, int status) {
        try {
            signalling.respondToCaller(leg, status, SessionDescription.none());
        } catch (SignallingException e) {
            LOG.log(Level.INFO, "Could not refuse leg {0} with {1}: {2}",
                    new Object[] {leg.legId(), status, e.getMessage()});
        }
    }

    /** Answers a transfer request that never reached a call (no call has that leg). */
    void answerTransferRequest(String requestKey, int status) {
        try {
            signalling.answerTransferRequest(requestKey, status);
        } catch (SignallingException e) {
            LOG.log(Level.INFO, "Could not answer a transfer request with {0}: {1}",
                    new Object[] {status, e.getMessage()});
        }
    }

    CallView snapshot(Call call) {
        call.lock().lock();
        try {
            return CallView.of(call);
        } finally {
            call.lock().unlock();
        }
    }

    void publish(CallEvent.Type type, Call call, Instant now) {
        events.fire(new CallEvent(type, CallView.of(call), now));
    }

    /** Runs {@code action} on the call in progress with this id, if there is one. */
    void onCall(String callId, Consumer<Call> action) {
        registry.byId(callId).ifPresent(action);
    }
}
