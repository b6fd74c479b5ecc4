package org.parley.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A transfer under way in a {@link Call}: who hands the call on, who stays, the legs ringing the target, and the one
 * that answered (whose session the remaining party is being given). Decisions are the call's; this holds the facts.
 */
final class Transfer {

    final TransferRequest request;
    final CallLeg transferor;
    final CallLeg remaining;
    final List<CallLeg> targets = new ArrayList<>();
    CallLeg answered;
    /** The transferor hung up after asking (usual for a blind transfer): nobody to notify or to give the call back. */
    boolean transferorGone;
    boolean ringNotified;
    /** Attended: the transferor's leg to the target (in the consultation call), hung up when the transfer is over. */
    String consultation;
    /** Attended: the target's offer, from its answer to Parley's re-INVITE without offer. */
    SessionDescription targetOffer;
    /** This call's party is the target of another call's attended transfer: the leg to it was handed over. */
    boolean handedOver;
    /**
     * An INVITE with Replaces takes the transferor's place: its server transaction, answered once the party has the
     * new session.
     */
    String replacingKey;
    /** The consultation call: the target's leg came back with an offer the transferor's phone is being given. */
    boolean takingBack;
    TransferStage stage = TransferStage.RINGING;
    /** The target's offer from its 200 (it was rung without one), until someone answers it. */
    SessionDescription answeredOffer;
    /** A re-INVITE without offer went to the target (attended): its offer is awaited. */
    boolean targetOfferAwaited;
    /** Returning (API attended): the transferor's new offer, from its answer to Parley's re-INVITE without offer. */
    SessionDescription transferorOffer;
    /**
     * API attended: the remaining party left while the target rang or the transferor was being given its session;
     * the transferor and the target go on together once it answers (nobody to hand on any more).
     */
    boolean remainingGone;
    /** The remaining party, when its own device hung up (for the record, should the call end without the target). */
    Party remainingHungUp;
    /** The forwards the target's own rules took (recorded after the transfer itself once it is done). */
    final List<CallHop> forwards = new ArrayList<>();
    /** A steerer (a queue) chooses the targets: when they fail it is told, and the transfer goes on. */
    boolean steered;

    Transfer(TransferRequest request, CallLeg transferor, CallLeg remaining) {
        this.request = request;
        this.transferor = transferor;
        this.remaining = remaining;
    }

    /** An attended transfer through the API: the transferor consults the target before the remaining party meets it. */
    boolean consults() {
        return request.mode() == TransferRequest.Mode.ATTENDED && request.replacedLeg().isEmpty()
                && !request.referred();
    }

    TransferView view() {
        return new TransferView(request.mode(), transferor.party(), remaining.party(), request.target(), stage,
                Optional.ofNullable(answered).map(CallLeg::id));
    }

    boolean isTarget(CallLeg leg) {
        return targets.contains(leg);
    }

    boolean targetsOver() {
        return targets.stream().allMatch(CallLeg::isOver);
    }
}
