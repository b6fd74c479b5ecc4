package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The leg life cycle allows the moves of its table and refuses the rest. */
class LegStateTest {

    @Test
    void everyLegCanEndAndNothingFollowsTheEnd() {
        for (LegState state : EnumSet.complementOf(EnumSet.of(LegState.ENDED))) {
            assertTrue(state.canMoveTo(LegState.ENDED), state + " → ENDED");
        }
        for (LegState next : LegState.values()) {
            assertFalse(LegState.ENDED.canMoveTo(next), "ENDED → " + next);
        }
    }

    @Test
    void anAnswerCannotBeTakenBackAndOnlyAnOutgoingCallCanBeCancelling() {
        assertFalse(LegState.CONFIRMED.canMoveTo(LegState.ANSWERED));
        assertFalse(LegState.ANSWERED.canMoveTo(LegState.OFFERED));
        assertFalse(LegState.OFFERED.canMoveTo(LegState.CANCELLING), "an incoming INVITE is refused, not cancelled");
        assertTrue(LegState.CALLING.canMoveTo(LegState.CANCELLING));
        assertTrue(LegState.CANCELLING.canMoveTo(LegState.ENDING), "a 2xx crossed the CANCEL: BYE");
        assertFalse(LegState.CANCELLING.canMoveTo(LegState.CONFIRMED), "a cancelled call is never confirmed");
    }

    @Test
    void anIllegalMoveIsRefusedAndLeavesTheLegAsItWas() {
        Leg leg = new Leg("L1", Leg.Direction.OUTGOING, null, null, LegState.CALLING);
        assertThrows(IllegalStateException.class, () -> leg.moveTo(LegState.OFFERED));
        assertEquals(LegState.CALLING, leg.state());
        leg.moveTo(LegState.CONFIRMED);
        assertEquals(LegState.CONFIRMED, leg.state());
    }
}
