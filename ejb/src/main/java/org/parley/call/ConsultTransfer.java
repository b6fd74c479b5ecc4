package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API's attended transfer: the transferor consults the target before the remaining party meets it
 * ({@code RINGING → JOINING → CONSULTING → COMPLETING}, or {@code → RETURNING} when it is cancelled or the target
 * leaves while consulted). The API completes or cancels it while it is open; the transferor hanging up completes it,
 * as Asterisk's atxfer does; the remaining party hanging up leaves the transferor and the target together.
 */
final class ConsultTransfer extends Transfer {

    /**
     * The remaining party left while the target rang or the transferor was being given its session; the transferor
     * and the target go on together once it answers (nobody to hand on any more).
     */
    private boolean remainingGone;
    /** The remaining party, when its own device hung up (for the record, should the call end without the target). */
    private Party remainingHungUp;
    /** Returning: the transferor's new offer, from its answer to Parley's re-INVITE without offer. */
    private SessionDescription transferorOffer;

    /** The waiting party's music: off, Parley's re-INVITE onto the engine under way, or playing. */
    private enum Music { OFF, OFFERING, PLAYING }

    private Music music = Music.OFF;
    /** An offer for the remaining party waiting for the answer to the music's re-INVITE (RFC 3261 §14.1). */
    private SessionDescription deferredOffer;

    ConsultTransfer(Transfers owner, TransferRequest request, CallLeg transferor, CallLeg remaining) {
        super(owner, request, transferor, remaining);
    }

    /** The remaining party waits: it is re-INVITEd onto Parley's engine to hear music (as a held party does). */
    @Override
    void started(List<CallAction> actions) {
        music = Music.OFFERING;
        actions.add(new CallAction.OfferFromEngine(remaining.id()));
    }

    @Override
    void reofferRemaining(List<CallAction> actions, SessionDescription offer) {
        if (music == Music.OFFERING) {
            deferredOffer = offer;
            return;
        }
        super.reofferRemaining(actions, offer);
    }

    /**
     * The remaining party answered the re-INVITE onto the engine: it hears music; refused, it keeps its session and
     * hears silence. An offer that came meanwhile (the transfer moved on) goes to it now, and the music ends.
     */
    private List<CallAction> musicAnswered(int status, SessionDescription answer) {
        List<CallAction> actions = new ArrayList<>();
        boolean ok = status >= 200 && status < 300 && !answer.isEmpty();
        if (deferredOffer != null) {
            music = Music.OFF;
            actions.add(new CallAction.ReleaseMedia(remaining.id()));
            actions.add(new CallAction.Reoffer(remaining.id(), deferredOffer));
            deferredOffer = null;
        } else if (ok && !remainingGone) {
            music = Music.PLAYING;
            actions.add(new CallAction.PlayMusic(remaining.id(), answer, Hold.MUSIC_CLASS));
        } else {
            music = Music.OFF;
            actions.add(new CallAction.ReleaseMedia(remaining.id()));
        }
        return actions;
    }

    /** The music ends: the remaining party's endpoint is closed (it has, or is about to get, another session). */
    private void musicOver(List<CallAction> actions) {
        if (music != Music.OFF) {
            music = Music.OFF;
            actions.add(new CallAction.ReleaseMedia(remaining.id()));
        }
    }

    /**
     * The target failed (busy, no answer, rejected, cancelled, or the transferor refused its session) while the
     * remaining party hears music: the transferor is given it back by third-party call control (RFC 3725), as a
     * hold's resume does, and the transfer fails once that is done ({@link #returned}).
     */
    @Override
    Optional<List<CallAction>> givenBackFirst(Instant now) {
        if (music == Music.OFF || transferorGone || remainingGone
                || (stage() != TransferStage.RINGING && stage() != TransferStage.JOINING)) {
            return Optional.empty();
        }
        List<CallAction> actions = new ArrayList<>();
        if (answered != null && !answered.isOver()) {
            actions.add(new CallAction.Hangup(answered.id()));
            answered.apply(LegState.Trigger.END, now);
        }
        answeredOffer = null;
        return Optional.of(returnToTransferor(actions));
    }

    /** Parley's re-INVITE onto the engine to the remaining party: its answer is awaited. */
    private boolean musicOffered(String legId) {
        return music == Music.OFFERING && remaining.id().equals(legId);
    }

    /** The remaining party talks with the target now: its endpoint is closed. */
    @Override
    void doneWithTarget(List<CallAction> actions) {
        musicOver(actions);
    }

    @Override
    Party presentedAs() {
        return transferor.party();
    }

    @Override
    boolean consultsFirst() {
        return !transferorGone;
    }

    /** Whether the API may complete or cancel it: its target still ringing or consulted. */
    boolean open() {
        return !remainingGone && (stage() == TransferStage.RINGING || stage() == TransferStage.CONSULTING);
    }

    /**
     * Completed: the transferor is hung up; a consulted target gets a re-INVITE without offer and its offer goes to
     * the remaining party, who is bridged with it. A target still ringing makes it a blind transfer.
     */
    List<CallAction> complete() {
        List<CallAction> actions = new ArrayList<>();
        actions.add(new CallAction.Hangup(transferor.id()));
        transferorGone = true;
        if (stage() == TransferStage.CONSULTING) {
            completeConsultation(actions);
        }
        return actions;
    }

    /** Cancelled: the target's legs are cancelled or hung up and the transferor gets the remaining party back. */
    List<CallAction> cancel(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (stage() == TransferStage.RINGING) {
            cancelTargets(487, now, actions);
            actions.addAll(failed(487, now));
            return actions;
        }
        actions.add(new CallAction.Hangup(answered.id()));
        answered.apply(LegState.Trigger.END, now);
        return returnToTransferor(actions);
    }

    @Override
    List<CallAction> reoffered(String legId, int status, SessionDescription answer, Instant now) {
        if (musicOffered(legId)) {
            return musicAnswered(status, answer);
        }
        if (stage() == TransferStage.JOINING && transferor.id().equals(legId)) {
            return transferorJoined(status, answer, now);
        }
        if (stage() == TransferStage.RETURNING) {
            return returned(legId, status, answer, now);
        }
        return super.reoffered(legId, status, answer, now);
    }

    /** The transferor answered the target's offer (it consults the target now), or refused it. */
    private List<CallAction> transferorJoined(int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (status >= 300 || answer.isEmpty()) {
            // the transferor kept its session: it simply gets the remaining party back
            return failed(status >= 300 ? status : 488, now);
        }
        answeredOffer = null;
        if (answered.isOver()) {
            // the target hung up while the transferor was being given its session
            return remainingGone ? failed(480, now) : returnToTransferor(actions);
        }
        if (remainingGone) {
            // the remaining party left meanwhile: the transferor and the target simply talk
            CallLeg target = answered;
            keepConsultation(actions, now);
            actions.add(new CallAction.Acknowledge(target.id(), answer));
            return actions;
        }
        actions.add(new CallAction.Acknowledge(answered.id(), answer));
        move(TransferStage.Trigger.CONSULT);
        actions.add(new CallAction.Announce(CallEvent.Type.TRANSFER_CONSULTING));
        return actions;
    }

    /** The consulted target is asked for a new offer, for the remaining party. */
    private void completeConsultation(List<CallAction> actions) {
        move(TransferStage.Trigger.COMPLETE);
        awaitTargetOffer(actions);
    }

    /** The consultation is over without a transfer: the transferor is asked for a new offer for the remaining party. */
    private List<CallAction> returnToTransferor(List<CallAction> actions) {
        move(TransferStage.Trigger.RETURN);
        actions.add(new CallAction.Reoffer(transferor.id(), SessionDescription.none()));
        return actions;
    }

    /**
     * Returning: the transferor's offer goes to the remaining party; the remaining party's answer goes to the
     * transferor in the ACK and the two are bridged again. A transferor that cannot offer is bridged again as it is
     * (the phones may re-INVITE each other); a remaining party refusing the offer ends the call.
     */
    private List<CallAction> returned(String legId, int status, SessionDescription answer, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        boolean ok = status < 300 && !answer.isEmpty();
        if (legId.equals(transferor.id()) && transferorOffer == null) {
            if (!ok) {
                musicOver(actions);
                actions.addAll(failed(487, now));
                return actions;
            }
            transferorOffer = answer;
            reofferRemaining(actions, answer);
            return actions;
        }
        if (!legId.equals(remaining.id()) || transferorOffer == null) {
            return actions;
        }
        if (!ok) {
            actions.add(new CallAction.Hangup(transferor.id()));
            actions.add(new CallAction.Hangup(remaining.id()));
            owner.transferLeft();
            owner.endAnswered(Optional.empty(), now);
            return actions;
        }
        musicOver(actions);
        actions.addAll(failed(487, now));
        actions.add(new CallAction.Acknowledge(transferor.id(), answer));
        return actions;
    }

    /**
     * The transferor hung up. While the target rings, or once the target's offer went to it, the transfer goes on
     * blind; while it consults the target, this completes the transfer (as Asterisk's atxfer does); while it was
     * being given the remaining party back, or once the remaining party left, nobody is left to give it to: the call
     * ends.
     */
    @Override
    List<CallAction> transferorLeft(boolean byRemote, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        transferorGone = true;
        if (remainingGone) {
            // the remaining party left before: nobody is left for the target
            return endCall(byRemote ? Optional.of(transferor.party()) : Optional.empty(), now);
        }
        switch (stage()) {
            case JOINING -> {
                move(TransferStage.Trigger.COMPLETE);
                reofferRemaining(actions, answeredOffer);
            }
            case CONSULTING -> completeConsultation(actions);
            case RETURNING -> {
                actions.add(new CallAction.Hangup(remaining.id()));
                owner.transferLeft();
                owner.endAnswered(byRemote ? Optional.of(transferor.party()) : Optional.empty(), now);
            }
            default -> {
                // ringing: blind from now on; completing: the transferor was to be hung up anyway
            }
        }
        return actions;
    }

    /** The consulted target hung up (or is being joined, or left already): the transferor gets the other party back. */
    @Override
    List<CallAction> answeredLeft(Instant now) {
        if (stage() == TransferStage.COMPLETING) {
            return super.answeredLeft(now);
        }
        return stage() == TransferStage.CONSULTING ? returnToTransferor(new ArrayList<>()) : new ArrayList<>();
    }

    @Override
    List<CallAction> remainingLeft(CallLeg leg, boolean byRemote, Instant now) {
        if (!transferorGone && stage() == TransferStage.CONSULTING) {
            return keepConsultation(new ArrayList<>(), now);
        }
        if (!transferorGone && (stage() == TransferStage.RINGING || stage() == TransferStage.JOINING)) {
            // the transferor's call to the target goes on; they talk once it answers (Asterisk's atxfer)
            remainingGone = true;
            remainingHungUp = byRemote ? leg.party() : null;
            List<CallAction> actions = new ArrayList<>();
            musicOver(actions);
            return actions;
        }
        return super.remainingLeft(leg, byRemote, now);
    }

    /**
     * The waiting party left while the transferor consults the target. As Asterisk does, the two stay connected: they
     * are bridged (their in-dialog requests relayed, either one's BYE ending the other's leg) and the call goes on
     * between them, the target in the waiting party's place. The transfer failed (nobody was handed on: no hop); the
     * record still names who answered the call.
     */
    private List<CallAction> keepConsultation(List<CallAction> actions, Instant now) {
        owner.transferDone(false);
        musicOver(actions);
        actions.add(new CallAction.Bridge(transferor.id(), answered.id()));
        transferor.apply(LegState.Trigger.RESUME, now);
        owner.standIn(remaining, answered);
        owner.transferOver(false);
        return actions;
    }

    @Override
    boolean endedWithoutRemaining(List<CallAction> actions, Instant now) {
        if (!remainingGone) {
            return false;
        }
        // the remaining party left while the target rang: the transferor has nobody to go back to
        actions.add(new CallAction.Hangup(transferor.id()));
        owner.endAnswered(Optional.ofNullable(remainingHungUp), now);
        return true;
    }
}
