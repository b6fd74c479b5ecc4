package org.parley.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A transfer whose target is a steerer (a queue's number): the remaining party waits as a steered call's caller does.
 * Nothing rings until the steerer rings someone; when what it rang fails, it hears of it
 * ({@link CallAction.DestinationsExhausted}) instead of the transfer failing; it may give up (the transfer fails with
 * its status). The first target to answer is connected as in a blind transfer.
 */
final class SteeredTargets implements Steered {

    private final Transfer transfer;

    SteeredTargets(Transfer transfer) {
        this.transfer = transfer;
    }

    /** The steerer rang these targets (none: it hears so). */
    List<CallAction> dialled(List<CallLeg> legs, Instant now) {
        transfer.targets.addAll(legs);
        return legs.isEmpty() ? stopped(Disposition.FAILED, 503, now) : new ArrayList<>();
    }

    /** The steerer sends the transfer on to one target for good: what it rang is cancelled. */
    List<CallAction> diverted(Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer.answered != null) {
            return actions;
        }
        transfer.cancelTargets(487, now, actions);
        transfer.unsteer();
        return actions;
    }

    /** What rang failed, timed out or was stopped: cancelled, and the steerer hears of it. */
    @Override
    public List<CallAction> stopped(Disposition outcome, int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer.answered != null) {
            return actions;
        }
        transfer.cancelTargets(487, now, actions);
        actions.add(new CallAction.DestinationsExhausted(outcome, status));
        return actions;
    }

    /** The steerer gives up (no agent, maximum wait): the transfer fails with {@code status}. */
    @Override
    public List<CallAction> givenUp(int status, Instant now) {
        List<CallAction> actions = new ArrayList<>();
        if (transfer.answered != null) {
            return actions;
        }
        transfer.cancelTargets(487, now, actions);
        actions.addAll(transfer.failed(status, now));
        return actions;
    }
}
