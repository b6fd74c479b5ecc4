package org.parley.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One call's transfers as seen from outside {@link Call}: what the transfer under way is (its target, who is handed
 * on, who asks, how it is shown), how the last one ended, and what a steerer or a forward may tell it. Reached through
 * {@link Call#transfer()}, under the call's lock; the decisions themselves stay on {@link Call}.
 */
public final class CallTransfer {

    private final Transfers transfers;

    CallTransfer(Transfers transfers) {
        this.transfers = transfers;
    }

    /** The transfer under way: its target, for views. */
    public Optional<Party> target() {
        return transfers.transferTarget();
    }

    /** The transfer under way, for views. */
    public Optional<TransferView> view() {
        return transfers.transferView();
    }

    /** Who the transfer's target sees calling: the transferor when it consults the target first, else who stays. */
    public Optional<Party> presentedAs() {
        return transfers.transferPresentedAs();
    }

    /** The party being handed on by the transfer under way (the one the target will talk to). */
    public Optional<Party> transferredParty() {
        return transfers.transferredParty();
    }

    /** Who asks for the transfer under way (its target's INVITE says so, RFC 3892). */
    public Optional<ReferredBy> referredBy() {
        return transfers.referredBy();
    }

    /** Whether the last transfer connected its target (false: it failed and the call went on as before). */
    public boolean lastDone() {
        return transfers.lastTransferDone();
    }

    /** Whether the API may complete or cancel the transfer under way: an attended one through the API, still open. */
    public boolean consultationOpen() {
        return transfers.consultationOpen();
    }

    /** The target of the transfer under way is a steerer (a queue), see {@link SteeredTargets}. */
    public void steer() {
        transfers.steerTransfer();
    }

    /** Whether a steerer (a queue) chooses the targets of the transfer under way. */
    public boolean isSteered() {
        return transfers.isSteeredTransfer();
    }

    /** The target of the transfer under way forwards it: these forwards join the history after the transfer. */
    public void forwarded(List<CallHop> forwards) {
        transfers.transferForwarded(forwards);
    }

    /** A steerer rang targets for the transfer under way (filed with {@link Call#addLeg} first); none: it hears so. */
    public List<CallAction> steeredTargetsDialled(List<String> legIds, Instant now) {
        return transfers.steeredTargetsDialled(legIds, now);
    }

    /** The steerer sends the transfer on to one target for good (a queue's fallback): what it rang is cancelled. */
    public List<CallAction> diverted(Instant now) {
        return transfers.transferDiverted(now);
    }
}
