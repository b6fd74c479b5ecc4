package org.parley.voicemail;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.voicemail.MenuStage.Trigger;

/** The whole table of the listening menu, its mailbox options included. */
class MenuStageTest {

    private static final Map<MenuStage, Map<Trigger, MenuStage>> ALLOWED = Map.ofEntries(
            Map.entry(MenuStage.SUMMARY, Map.of(Trigger.PLAY, MenuStage.MESSAGE, Trigger.OPTIONS, MenuStage.OPTIONS,
                    Trigger.LEAVE, MenuStage.GOODBYE, Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.MESSAGE, Map.of(Trigger.PLAY, MenuStage.MESSAGE, Trigger.OPTIONS, MenuStage.OPTIONS,
                    Trigger.LEAVE, MenuStage.GOODBYE, Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.OPTIONS, Map.of(Trigger.RECORD_GREETING, MenuStage.GREETING_PROMPT,
                    Trigger.CHANGE_PIN, MenuStage.NEW_PIN, Trigger.LEAVE, MenuStage.GOODBYE,
                    Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.GREETING_PROMPT, Map.of(Trigger.TONE_PLAYED, MenuStage.GREETING_RECORDING,
                    Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.GREETING_RECORDING, Map.of(Trigger.RECORDED, MenuStage.GREETING_SAVING,
                    Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.GREETING_SAVING, Map.of(Trigger.DONE, MenuStage.OPTIONS,
                    Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.NEW_PIN, Map.of(Trigger.PIN_TYPED, MenuStage.CONFIRM_PIN,
                    Trigger.RETRY, MenuStage.NEW_PIN, Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.CONFIRM_PIN, Map.of(Trigger.PIN_TYPED, MenuStage.PIN_SAVING,
                    Trigger.RETRY, MenuStage.NEW_PIN, Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.PIN_SAVING, Map.of(Trigger.DONE, MenuStage.OPTIONS,
                    Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.GOODBYE, Map.of(Trigger.CALL_ENDED, MenuStage.OVER)),
            Map.entry(MenuStage.OVER, Map.of()));

    @Test
    void everyStageAndTriggerIsAsTheTableSays() {
        StageTables.assertExactly(MenuStage.values(), Trigger.values(), ALLOWED, MenuStage::accepts,
                MenuStage::after);
    }
}
