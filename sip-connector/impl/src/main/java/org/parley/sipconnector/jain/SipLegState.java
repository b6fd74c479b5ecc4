package org.parley.sipconnector.jain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a leg is in its life. The allowed moves are the table below; anything else is a defect and is refused
 * ({@link Leg#moveTo}).
 *
 * <pre>
 * OFFERED    → ANSWERED (2xx sent), ENDED (non-2xx sent, CANCEL, BYE on the early dialog, hangup → 480, expiry)
 * CALLING    → CANCELLING (cancel/hangup), ANSWERED (2xx, no offer sent), CONFIRMED (2xx, ACK sent),
 *              ENDED (final ≥ 300, Timer B, transport failure)
 * CANCELLING → ENDING (a 2xx crossed the CANCEL: ACK + BYE), ENDED (487 or other final, CANCEL deadline)
 * ANSWERED   → CONFIRMED (ACK received / sent with the answer), ENDING (ACK or acknowledge deadline, hangup),
 *              ENDED (BYE received before the ACK)
 * CONFIRMED  → ENDING (hangup, partner's BYE relayed, failed in-dialog request), ENDED (BYE received)
 * ENDING     → ENDED (BYE answered or timed out)
 * </pre>
 */
enum SipLegState {
    /** Incoming: the INVITE waits for the application's final answer (RFC 3261 §13.3.1); provisionals may be out. */
    OFFERED,
    /** Outgoing: the INVITE is out without a final answer (RFC 3261 §13.2.2). */
    CALLING,
    /** Outgoing: Parley cancelled; the CANCEL is out (or waits for a provisional, §9.1) and the INVITE's final due. */
    CANCELLING,
    /** A 2xx is out (incoming, waiting for the ACK, §13.3.1.4) or in (outgoing, waiting for Parley's answer). */
    ANSWERED,
    /** The dialog is confirmed (§12): in-dialog requests flow. */
    CONFIRMED,
    /** Our BYE is out (§15.1.1); the leg ends with its answer or its timeout. */
    ENDING,
    /** Over; the leg has left every registry. */
    ENDED;

    private static final Map<SipLegState, Set<SipLegState>> NEXT = Map.of(
            OFFERED, EnumSet.of(ANSWERED, ENDED),
            CALLING, EnumSet.of(CANCELLING, ANSWERED, CONFIRMED, ENDED),
            CANCELLING, EnumSet.of(ENDING, ENDED),
            ANSWERED, EnumSet.of(CONFIRMED, ENDING, ENDED),
            CONFIRMED, EnumSet.of(ENDING, ENDED),
            ENDING, EnumSet.of(ENDED),
            ENDED, EnumSet.noneOf(SipLegState.class));

    boolean canMoveTo(SipLegState next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the leg has no final answer yet. */
    boolean isEarly() {
        return this == OFFERED || this == CALLING || this == CANCELLING;
    }

    /** Whether the leg is over or on its way out. */
    boolean isClosing() {
        return this == ENDING || this == ENDED;
    }
}
