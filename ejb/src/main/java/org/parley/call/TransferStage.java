package org.parley.call;

import org.parley.platform.state.TransitionTable;

/**
 * Where a transfer under way stands (shown in a call's view while it is {@link CallState#TRANSFERRING}). A blind
 * transfer goes {@code RINGING → COMPLETING}; an attended transfer by REFER with Replaces starts with its target
 * connected and goes {@code RINGING → COMPLETING} at once (one by INVITE with Replaces stays {@code RINGING} until it
 * is done); an attended transfer through the
 * API (consult, then complete) {@code RINGING → JOINING → CONSULTING → COMPLETING}, or {@code → RETURNING} when it is
 * cancelled, fails, or the target leaves while consulted. The transfer itself ends (done or failed) by leaving the call:
 * {@link CallState.Trigger#TRANSFER_OVER} or {@link CallState.Trigger#END} in {@link CallState#TABLE}.
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
    RETURNING;

    /** What moves a transfer from one stage to the next. */
    public enum Trigger {
        /** The target is to be connected with the remaining party: it gets the target's session by re-INVITE. */
        COMPLETE,
        /** API attended transfer: the target answered; the transferor is given its session first, to consult it. */
        JOIN,
        /** The transferor answered the target's offer: the two talk. */
        CONSULT,
        /** The consultation ends without a transfer: the transferor is given the remaining party back. */
        RETURN
    }

    static final TransitionTable<TransferStage, Trigger> TABLE = TransitionTable
            .of("transfer", TransferStage.class, Trigger.class)
            // the target's 2xx to the INVITE Parley sent for the transferee (RFC 3515 §2.4.3, RFC 5589 §6); or a
            // REFER with Replaces whose target is already connected (RFC 5589 §7, RFC 3891 §3)
            .on(RINGING, Trigger.COMPLETE, COMPLETING)
            // API attended: the target fails while the remaining party hears music; the transferor is given it back
            .on(RINGING, Trigger.RETURN, RETURNING)
            // API attended: the target's 2xx (RFC 3261 §13.2.2.4); its offer goes to the transferor by re-INVITE
            .on(RINGING, Trigger.JOIN, JOINING)
            // the transferor's 2xx to that re-INVITE (RFC 3261 §14.1) answers the target's offer
            .on(JOINING, Trigger.CONSULT, CONSULTING)
            // the transferor's BYE (RFC 3261 §15.1.2) while it was being given the target: on as a blind transfer
            .on(JOINING, Trigger.COMPLETE, COMPLETING)
            // the target's BYE (RFC 3261 §15.1.2) while the transferor was being given its session
            .on(JOINING, Trigger.RETURN, RETURNING)
            // API: complete; or the transferor's BYE while it consults (RFC 3261 §15.1.2, as Asterisk's atxfer)
            .on(CONSULTING, Trigger.COMPLETE, COMPLETING)
            // API: cancel; or the target's BYE while consulted (RFC 3261 §15.1.2)
            .on(CONSULTING, Trigger.RETURN, RETURNING)
            .build();
}
