package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A call once answered, while no transfer is under way: its two connected parties, hold and resume, either party
 * hanging up (its own BYE, or its leg closed because its partner's device hung up), Parley hanging it up. What happens
 * to the media of a held party, and a call leaving for a feature, belong here.
 */
final class ConnectedCall {

    private final Call call;
    private final CallLegs legs;
    private final CallSetup setup;
    private final Transfers transfers;
    private final Hold hold = new Hold();
    private boolean held;

    ConnectedCall(Call call, CallLegs legs, CallSetup setup, Transfers transfers) {
        this.call = call;
        this.legs = legs;
        this.setup = setup;
        this.transfers = transfers;
    }

    /**
     * A leg's dialog is over (already marked so) in a call not over yet, with no transfer under way; a device prompted
     * to press 1 hanging up refuses the call ({@link ConfirmingLegs}).
     */
    List<CallAction> legEnded(CallLeg leg, boolean byRemote, Instant now) {
        if (legs.confirmation(leg.id()).filter(s -> s == ConfirmStage.PROMPTING).isPresent()) {
            return call.confirmations().confirm(leg.id(), ConfirmStage.Trigger.DEVICE_HUNG_UP, now); // press 1: refused
        }
        List<CallAction> actions = new ArrayList<>();
        boolean answered = call.state() == CallState.ANSWERED;
        if (answered && legs.isConnected(leg)) {
            call.end(Disposition.ANSWERED, byRemote ? Optional.of(leg.party()) : Optional.empty(), now);
            return actions;
        }
        if (!answered && legs.connection().answeredOrigin().map(o -> o == leg).orElse(false)) {
            // click-to-dial: the extension hung up while the destination was still being rung
            legs.cancelPending(CallLeg.Role.DESTINATION, actions);
            call.end(Disposition.CANCELLED, Optional.of(leg.party()), now);
        }
        return actions;
    }

    /**
     * A leg the connector hung up because the device on the other leg of its bridge hung up. The two legs' ends may
     * be reported in either order: when this one comes first, the call ends here with the other side's party as the
     * one who hung up, as if that device's own end had come first.
     */
    List<CallAction> legEndedByPartner(CallLeg leg, Instant now) {
        if (call.state() != CallState.ANSWERED || transfers.current().isPresent() || !legs.isConnected(leg)) {
            return call.legEnded(leg.id(), false, now);
        }
        Optional<CallLeg> partner = legs.connection().isDestination(leg) ? legs.origin()
                : legs.connection().destination();
        if (!leg.isOver()) {
            leg.apply(LegState.Trigger.END, now);
        }
        call.end(Disposition.ANSWERED, partner.map(CallLeg::party), now);
        return new ArrayList<>();
    }

    /** Parley hangs the call up (REST, console): every answered leg, a transfer's ringing target, or the setup. */
    List<CallAction> hangup(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (call.isOver()) {
            return actions;
        }
        if (!call.isConnected()) {
            return setup.abandon(Disposition.CANCELLED, now);
        }
        for (CallLeg leg : legs.all()) {
            if (leg.state().isAnswered()) {
                actions.add(new CallAction.Hangup(leg.id()));
            }
        }
        if (call.state() == CallState.TRANSFERRING) {
            legs.cancelPending(CallLeg.Role.DESTINATION, actions);
            transfers.transferLeft();
        }
        call.end(Disposition.ANSWERED, Optional.empty(), now);
        return actions;
    }

    /**
     * A party's re-INVITE the connector left to call control (a hold, and every offer until the parties are back in
     * direct media): see {@link Hold}. Refused with 491 while the call is not answered or a transfer is under way
     * (the phone tries again later, RFC 3261 §14.1), with 481 from a leg no longer connected.
     */
    List<CallAction> sessionOffered(CallLeg leg, String transactionKey, SessionDescription offer,
            java.util.function.Predicate<String> anchored) {
        List<CallAction> actions = new ArrayList<>();
        if (call.state() != CallState.ANSWERED || transfers.current().isPresent()) {
            actions.add(new CallAction.RespondToInvite(leg.id(), transactionKey, 491, SessionDescription.none()));
            return actions;
        }
        Optional<CallLeg> other = partnerOf(leg);
        if (!legs.isConnected(leg) || other.isEmpty()) {
            actions.add(new CallAction.RespondToInvite(leg.id(), transactionKey, 481, SessionDescription.none()));
            return actions;
        }
        boolean bothAnchored = anchored.test(leg.id()) && anchored.test(other.get().id());
        actions.addAll(hold.offered(leg.id(), other.get().id(), transactionKey, offer, bothAnchored));
        held = hold.holding();
        return actions;
    }

    /** The outcome of a re-INVITE the hold sent; empty when the hold did not send it. */
    Optional<List<CallAction>> reoffered(String legId, int status, SessionDescription answer) {
        Optional<List<CallAction>> actions = hold.reoffered(legId, status, answer);
        held = hold.holding();
        return actions;
    }

    /** The pause after a 491 is over: the hold offers the held party the engine again, if it still waits for it. */
    List<CallAction> retryReoffer(String legId) {
        return hold.retry(legId);
    }

    /** Whether Parley is re-negotiating a party's session for the hold (no transfer may start meanwhile). */
    boolean negotiatingHold() {
        return hold.negotiating();
    }

    /** A transfer takes the call over: the hold's endpoints are closed. */
    List<CallAction> holdLeft() {
        held = false;
        return hold.left();
    }

    private Optional<CallLeg> partnerOf(CallLeg leg) {
        return legs.connection().isDestination(leg) ? legs.origin().filter(legs::isConnected)
                : legs.connection().destination();
    }

    /** The far end of a leg changed the session (hold, resume). Returns whether the held state changed. */
    boolean sessionChanged(SessionDescription body) {
        boolean nowHeld = body.holds();
        boolean changed = nowHeld != held;
        held = nowHeld;
        return changed;
    }

    boolean held() {
        return held;
    }

    /**
     * A transfer starts unless a hold is being negotiated (then a REFER gets 491, the API an
     * {@link IllegalStateException}); once started, the hold's endpoints are let go.
     */
    List<CallAction> startTransfer(TransferRequest request, Supplier<List<CallAction>> start) {
        if (negotiatingHold()) {
            String key = request.requestKey().orElseThrow(() -> new IllegalStateException("call " + call.id()
                    + " cannot be transferred while a hold is being negotiated"));
            List<CallAction> refused = new ArrayList<>();
            refused.add(new CallAction.AnswerTransferRequest(key, 491));
            return refused;
        }
        List<CallAction> actions = start.get();
        if (transfers.current().isPresent()) {
            // the hold's endpoints are let go first: the transfer may open one of its own (a waiting party's music)
            List<CallAction> left = holdLeft();
            left.addAll(actions);
            return left;
        }
        return actions;
    }

    /** An INVITE with Replaces: 491 while a hold is being negotiated, else the hold is let go and it proceeds. */
    List<CallAction> replace(CallLeg replacing, String transactionKey, Supplier<List<CallAction>> proceed) {
        if (negotiatingHold()) {
            List<CallAction> refused = new ArrayList<>();
            refused.add(new CallAction.RespondToInvite(replacing.id(), transactionKey, 491, SessionDescription.none()));
            return refused;
        }
        List<CallAction> actions = holdLeft();
        actions.addAll(proceed.get());
        return actions;
    }
}
