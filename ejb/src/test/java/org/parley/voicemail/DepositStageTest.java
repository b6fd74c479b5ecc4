package org.parley.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.voicemail.DepositStage.Trigger;

/** The whole table of a caller leaving a message. */
class DepositStageTest {

    private static final Map<DepositStage, Map<Trigger, DepositStage>> ALLOWED = Map.of(
            DepositStage.GREETING, Map.of(Trigger.GREETING_PLAYED, DepositStage.RECORDING,
                    Trigger.CALL_ENDED, DepositStage.OVER),
            DepositStage.RECORDING, Map.of(Trigger.FINISH, DepositStage.FINISHING,
                    Trigger.CALL_ENDED, DepositStage.OVER),
            DepositStage.FINISHING, Map.of(Trigger.CALL_ENDED, DepositStage.OVER),
            DepositStage.OVER, Map.of());

    @Test
    void everyStageAndTriggerIsAsTheTableSays() {
        StageTables.assertExactly(DepositStage.values(), Trigger.values(), ALLOWED, DepositStage::accepts,
                DepositStage::after);
    }

    @Test
    void aHashDuringTheGreetingOrASecondHashChangesNothing() {
        assertFalse(DepositStage.GREETING.accepts(Trigger.FINISH));
        assertFalse(DepositStage.FINISHING.accepts(Trigger.FINISH));
        Set<DepositStage> ending = EnumSet.noneOf(DepositStage.class);
        for (DepositStage s : DepositStage.values()) {
            if (s.accepts(Trigger.CALL_ENDED)) {
                ending.add(s.after(Trigger.CALL_ENDED));
            }
        }
        assertEquals(Set.of(DepositStage.OVER), ending, "a call's end always ends the deposit");
    }
}
