package org.parley.voicemail;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.voicemail.MenuStage.Trigger;

/** The whole table of the listening menu. */
class MenuStageTest {

    private static final Map<MenuStage, Map<Trigger, MenuStage>> ALLOWED = Map.of(
            MenuStage.SUMMARY, Map.of(Trigger.PLAY, MenuStage.MESSAGE, Trigger.LEAVE, MenuStage.GOODBYE,
                    Trigger.CALL_ENDED, MenuStage.OVER),
            MenuStage.MESSAGE, Map.of(Trigger.PLAY, MenuStage.MESSAGE, Trigger.LEAVE, MenuStage.GOODBYE,
                    Trigger.CALL_ENDED, MenuStage.OVER),
            MenuStage.GOODBYE, Map.of(Trigger.CALL_ENDED, MenuStage.OVER),
            MenuStage.OVER, Map.of());

    @Test
    void everyStageAndTriggerIsAsTheTableSays() {
        StageTables.assertExactly(MenuStage.values(), Trigger.values(), ALLOWED, MenuStage::accepts,
                MenuStage::after);
    }
}
