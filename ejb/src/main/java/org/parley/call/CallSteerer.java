package org.parley.call;

/**
 * Decides, over time, whom a call rings (a queue choosing agents): call control hands it the calls routed to it and
 * tells it when what it rang failed; it acts through {@link CallSteering}. Its methods are called outside the call's
 * lock and must not block (hand the work to the steerer's own thread).
 */
public interface CallSteerer {

    /** A new call to steer; the caller hears ringing and nothing rings yet. */
    void started(CallView call);

    /** What the steerer rang for the call failed, or its ring time passed; the caller still waits. */
    void exhausted(CallView call, Disposition outcome, int status);

    /**
     * Whether a call transferred to this steerer's number may wait for it (a queue: the remaining party of a transfer
     * waits like a caller; what it rings is then rung without an offer and connected by re-INVITE). False: such a
     * transfer is refused (488).
     */
    default boolean takesTransfers() {
        return false;
    }
}
