package org.parley.call;

/**
 * Where a transfer under way stands (shown in a call's view while it is {@link CallState#TRANSFERRING}). A blind
 * transfer goes {@code RINGING → COMPLETING}; an attended transfer through the API (consult, then complete)
 * {@code RINGING → JOINING → CONSULTING → COMPLETING}, or {@code → RETURNING} when it is cancelled or the target
 * leaves while consulted.
 */
public enum TransferStage {
    /** The target's devices are rung. */
    RINGING,
    /** The target answered; the transferor is being given its session (re-INVITE) to consult it. */
    JOINING,
    /**
     * The transferor talks with the target; the remaining party waits, out of the bridge (announced as
     * {@code call.transfer_consulting}). Should the remaining party hang up, the transfer is over and the transferor
     * and the target go on together, bridged.
     */
    CONSULTING,
    /** The remaining party is being given the target's session. */
    COMPLETING,
    /** The consultation is over without a transfer; the transferor is being given the remaining party back. */
    RETURNING
}
