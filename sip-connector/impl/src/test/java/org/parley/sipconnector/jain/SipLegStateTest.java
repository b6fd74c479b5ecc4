package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The leg life cycle allows the moves of its table and refuses the rest. */
class SipLegStateTest {

    @Test
    void everyLegCanEndAndNothingFollowsTheEnd() {
        for (SipLegState state : EnumSet.complementOf(EnumSet.of(SipLegState.ENDED))) {
            assertTrue(state.canMoveTo(SipLegState.ENDED), state + " → ENDED");
        }
        for (SipLegState next : SipLegState.values()) {
            assertFalse(SipLegState.ENDED.canMoveTo(next), "ENDED → " + next);
        }
    }

    @Test
    void anAnswerCannotBeTakenBackAndOnlyAnOutgoingCallCanBeCancelling() {
        assertFalse(SipLegState.CONFIRMED.canMoveTo(SipLegState.ANSWERED));
        assertFalse(SipLegState.ANSWERED.canMoveTo(SipLegState.OFFERED));
        assertFalse(SipLegState.OFFERED.canMoveTo(SipLegState.CANCELLING),
                "an incoming INVITE is refused, not cancelled");
        assertTrue(SipLegState.CALLING.canMoveTo(SipLegState.CANCELLING));
        assertTrue(SipLegState.CANCELLING.canMoveTo(SipLegState.ENDING), "a 2xx crossed the CANCEL: BYE");
        assertFalse(SipLegState.CANCELLING.canMoveTo(SipLegState.CONFIRMED), "a cancelled call is never confirmed");
    }

    @Test
    void anIllegalMoveIsRefusedAndLeavesTheLegAsItWas() {
        Leg leg = new Leg("L1", Leg.Direction.OUTGOING, null, null, SipLegState.CALLING);
        assertThrows(IllegalStateException.class, () -> leg.moveTo(SipLegState.OFFERED));
        assertEquals(SipLegState.CALLING, leg.state());
        leg.moveTo(SipLegState.CONFIRMED);
        assertEquals(SipLegState.CONFIRMED, leg.state());
    }
}
