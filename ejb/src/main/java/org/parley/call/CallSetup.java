package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call until it is answered (RFC 3261 B2BUA behaviour): ringing and early media relayed to the caller once, forked
 * destination legs where the first 2xx wins and the others are cancelled, a click-to-dial's origin answering first,
 * the caller's CANCEL, the ring timeout, and what the caller is told when nobody could be reached. A steered call's
 * rounds are {@link SteeredRounds}'. {@link Call} hands each fact here once no transfer claims it.
 */
final class CallSetup {

    private final Call call;
    private final CallLegs legs;
    private final SteeredRounds rounds;
    private boolean callerRingSent;
    private boolean earlyMediaSent;

    CallSetup(Call call, CallLegs legs) {
        this.call = call;
        this.legs = legs;
        this.rounds = new SteeredRounds(call, legs, this);
    }

    SteeredRounds rounds() {
        return rounds;
    }

    /** None of the legs just dialled could be sent: the caller is told, the call ends as failed. */
    List<CallAction> nothingReachable(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (call.isOver()) {
            return actions;
        }
        unreached(480, Disposition.FAILED, actions, now);
        legs.cancelPending(CallLeg.Role.ORIGIN, actions);
        return actions;
    }

    /** The call cannot be placed: the caller gets {@code status} and the call ends at once (it keeps its record). */
    List<CallAction> refused(int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (call.isOver()) {
            return actions;
        }
        legs.inboundOrigin()
                .ifPresent(o -> actions.add(new CallAction.RespondToCaller(status, SessionDescription.none())));
        call.end(LegOutcome.disposition(List.of(status)), Optional.empty(), now);
        return actions;
    }

    /** A 1xx on an outgoing leg: the caller hears ringing, or early media, once. */
    List<CallAction> progress(CallLeg leg, SessionDescription body, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (leg.isOver() || call.isOver() || call.isConnected()) {
            return actions;
        }
        leg.apply(LegState.Trigger.PROGRESS, now);
        if (leg.role() == CallLeg.Role.ORIGIN) {
            return actions; // the origin's own phone rings: nothing to relay
        }
        call.move(CallState.Trigger.RING);
        Optional<CallLeg> origin = legs.inboundOrigin();
        // a leg to confirm by key was offered Parley's media: its early media is not the caller's to hear
        boolean relayable = !body.isEmpty() && legs.confirmation(leg.id()).isEmpty();
        if (origin.isPresent() && relayable && !earlyMediaSent) {
            earlyMediaSent = true;
            callerRingSent = true;
            origin.get().apply(LegState.Trigger.PROGRESS, now);
            actions.add(new CallAction.RespondToCaller(183, body));
            return actions;
        }
        ringCaller(actions, now);
        return actions;
    }

    /** The caller hears ringing (180), unless it already does. */
    void ringCaller(List<CallAction> actions, Instant now) {
        Optional<CallLeg> origin = legs.inboundOrigin();
        if (origin.isPresent() && !callerRingSent) {
            callerRingSent = true;
            origin.get().apply(LegState.Trigger.PROGRESS, now);
            actions.add(new CallAction.RespondToCaller(180, SessionDescription.none()));
        }
    }

    /** A 2xx on an outgoing leg: the first destination to answer is bridged with the caller, the others cancelled. */
    List<CallAction> answered(CallLeg leg, SessionDescription body, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (leg.role() == CallLeg.Role.ORIGIN) {
            return originAnswered(leg, body, now);
        }
        if (legs.confirmation(leg.id()).isPresent()) {
            return confirmingAnswered(leg, body, now);
        }
        if (call.isConnected() || call.isOver()) {
            leg.apply(LegState.Trigger.ANSWER, now);
            actions.add(new CallAction.Hangup(leg.id())); // another device answered first
            return actions;
        }
        leg.apply(LegState.Trigger.ANSWER, now);
        legs.connect(legs.connection().destinationAnswered(leg));
        call.answeredNow(now);
        CallLeg origin = legs.inboundOrigin().or(legs.connection()::answeredOrigin).orElseThrow();
        // bridged before the caller has the answer: its ACK may be followed at once by a re-INVITE or INFO, which
        // must find the partner to be relayed to
        actions.add(new CallAction.Bridge(origin.id(), leg.id()));
        if (legs.inboundOrigin().isPresent()) {
            origin.apply(LegState.Trigger.ANSWER, now);
            actions.add(new CallAction.RespondToCaller(200, body));
        } else {
            actions.add(new CallAction.Acknowledge(origin.id(), body));
        }
        legs.cancelPending(CallLeg.Role.DESTINATION, actions);
        return actions;
    }

    /**
     * A leg to confirm by key answered (Parley's offer, so {@code body} is the engine's to take): it is prompted while
     * the caller keeps hearing ringback and the other legs keep ringing; once the call is answered or over, it is
     * hung up.
     */
    List<CallAction> confirmingAnswered(CallLeg leg, SessionDescription body, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        leg.apply(LegState.Trigger.ANSWER, now);
        if (call.isConnected() || call.isOver()
                || legs.confirm(leg.id(), ConfirmStage.Trigger.DEVICE_ANSWERED).isEmpty()) {
            actions.add(new CallAction.Hangup(leg.id()));
            return actions;
        }
        actions.add(new CallAction.PromptForKey(leg.id(), body));
        return actions;
    }

    /**
     * A prompted leg pressed 1: the call is answered by it, as by a destination's 2xx, except that the caller gets
     * Parley's answer {@code callerAnswer} (the engine relays the two).
     */
    List<CallAction> connectConfirmed(CallLeg leg, SessionDescription callerAnswer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<CallLeg> origin = legs.inboundOrigin();
        if (call.isConnected() || call.isOver() || origin.isEmpty()
                || legs.confirmation(leg.id()).filter(s -> s == ConfirmStage.ACCEPTED).isEmpty()) {
            actions.add(new CallAction.Hangup(leg.id()));
            return actions;
        }
        legs.connect(legs.connection().destinationAnswered(leg));
        call.answeredNow(now);
        actions.add(new CallAction.Bridge(origin.get().id(), leg.id()));
        origin.get().apply(LegState.Trigger.ANSWER, now);
        actions.add(new CallAction.RespondToCaller(200, callerAnswer));
        legs.cancelPending(CallLeg.Role.DESTINATION, actions);
        return actions;
    }

    /** Click-to-dial: the origin answered first; the destination is dialled with its offer. */
    private List<CallAction> originAnswered(CallLeg leg, SessionDescription body, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        leg.apply(LegState.Trigger.ANSWER, now);
        if (legs.connection().answeredOrigin().isPresent() || call.isOver()) {
            actions.add(new CallAction.Hangup(leg.id()));
            return actions;
        }
        legs.connect(legs.connection().originAnswered(leg));
        legs.cancelPending(CallLeg.Role.ORIGIN, actions);
        actions.add(new CallAction.DialDestination(body));
        return actions;
    }

    /** The ACK for the 2xx Parley sent on the caller's inbound leg; a late-offer destination gets its answer. */
    List<CallAction> confirmed(CallLeg leg, SessionDescription ackBody, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (leg.state() != LegState.ANSWERED) {
            return actions;
        }
        leg.apply(LegState.Trigger.CONFIRM, now);
        legs.connection().answeredDestination().filter(d -> !d.offerSent() && !ackBody.isEmpty())
                .ifPresent(d -> actions.add(new CallAction.Acknowledge(d.id(), ackBody)));
        return actions;
    }

    /** A final non-2xx on an outgoing leg (already over): once every leg of its side failed, the call decides. */
    List<CallAction> failed(CallLeg leg, int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        legs.confirm(leg.id(), ConfirmStage.Trigger.RING_FAILED);
        CallState state = call.state();
        if (state == CallState.ENDED || state == CallState.TRANSFERRING) {
            return actions;
        }
        if (leg.role() == CallLeg.Role.ORIGIN) {
            if (legs.connection().answeredOrigin().isEmpty() && legs.allOver(CallLeg.Role.ORIGIN)) {
                call.end(legs.outcome(CallLeg.Role.ORIGIN), Optional.empty(), now);
            }
            return actions;
        }
        if (state == CallState.ANSWERED || !legs.allOver(CallLeg.Role.DESTINATION)) {
            return actions;
        }
        if (rounds.isSteered()) {
            return rounds.exhausted(status);
        }
        Disposition d = legs.outcome(CallLeg.Role.DESTINATION);
        unreached(LegOutcome.callerStatus(d, status), d, actions, now);
        return actions;
    }

    /** The caller CANCELled before anyone answered. */
    List<CallAction> callerCancelled(CallLeg leg, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (!leg.isOver()) {
            leg.finalStatus(487);
            leg.apply(LegState.Trigger.END, now);
        }
        if (!call.isOver() && !call.isConnected()) {
            legs.cancelPending(CallLeg.Role.DESTINATION, actions);
            call.end(Disposition.CANCELLED, Optional.of(leg.party()), now);
        }
        return actions;
    }

    /** Nobody answered within the ring time (a steered call waits again instead). */
    List<CallAction> ringTimeout(Instant now) {
        if (call.state() == CallState.ANSWERED || call.isOver()) {
            return new ArrayList<>();
        }
        if (rounds.isSteered()) {
            return rounds.stopped(Disposition.NO_ANSWER, 480, now);
        }
        return abandon(Disposition.NO_ANSWER, now);
    }

    /**
     * Everything pending is cancelled, the caller gets 480 and the call ends with {@code d} (nobody answered in time,
     * or Parley hangs up a call not answered yet).
     */
    List<CallAction> abandon(Disposition d, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        legs.cancelPending(CallLeg.Role.DESTINATION, actions);
        legs.cancelPending(CallLeg.Role.ORIGIN, actions);
        unreached(480, d, actions, now);
        return actions;
    }

    /** The caller gets {@code status}, a click-to-dial's answered origin is hung up, the call ends with {@code d}. */
    private void unreached(int status, Disposition d, List<CallAction> actions, Instant now) {
        legs.inboundOrigin()
                .ifPresent(o -> actions.add(new CallAction.RespondToCaller(status, SessionDescription.none())));
        legs.connection().answeredOrigin().ifPresent(o -> actions.add(new CallAction.Hangup(o.id())));
        call.end(d, Optional.empty(), now);
    }

    /**
     * Parley's media engine plays to the waiting caller (a queue's music): the caller's INVITE gets {@code 183} with
     * the engine's {@code answer} (early media); no ringing or early media of a destination is relayed after it, and
     * the final {@code 200} carries the same answer (RFC 3261 §13.2.1), the engine relaying the two parties.
     */
    List<CallAction> earlyMediaFromParley(SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<CallLeg> origin = legs.inboundOrigin();
        if (origin.isEmpty() || call.isConnected() || call.isOver() || earlyMediaSent) {
            return actions;
        }
        earlyMediaSent = true;
        callerRingSent = true;
        origin.get().apply(LegState.Trigger.PROGRESS, now);
        actions.add(new CallAction.RespondToCaller(183, answer));
        return actions;
    }

    /**
     * Parley takes the call itself to confirm something (a feature code, an agent logging in): the caller's INVITE is
     * answered with {@code answer} (refusing media) and the call counts as answered.
     */
    List<CallAction> answerLocally(SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        Optional<CallLeg> origin = legs.inboundOrigin();
        if (origin.isEmpty() || call.isConnected() || call.isOver()) {
            return actions;
        }
        legs.cancelPending(CallLeg.Role.DESTINATION, actions);
        origin.get().apply(LegState.Trigger.ANSWER, now);
        call.answeredNow(now);
        actions.add(new CallAction.RespondToCaller(200, answer));
        return actions;
    }
}
