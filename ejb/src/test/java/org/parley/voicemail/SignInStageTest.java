package org.parley.voicemail;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.voicemail.SignInStage.Trigger;

/** The whole table of {@code *98}'s sign-in. */
class SignInStageTest {

    private static final Map<SignInStage, Map<Trigger, SignInStage>> ALLOWED = Map.of(
            SignInStage.BOX_NUMBER, Map.of(Trigger.BOX_ENTERED, SignInStage.PIN, Trigger.CALL_ENDED, SignInStage.OVER),
            SignInStage.PIN, Map.of(Trigger.PIN_TYPED, SignInStage.CHECKING, Trigger.REFUSE, SignInStage.REFUSED,
                    Trigger.CALL_ENDED, SignInStage.OVER),
            SignInStage.CHECKING, Map.of(Trigger.PIN_WRONG, SignInStage.PIN, Trigger.PIN_RIGHT, SignInStage.OPENED,
                    Trigger.REFUSE, SignInStage.REFUSED, Trigger.CALL_ENDED, SignInStage.OVER),
            SignInStage.OPENED, Map.of(Trigger.CALL_ENDED, SignInStage.OVER),
            SignInStage.REFUSED, Map.of(Trigger.CALL_ENDED, SignInStage.OVER),
            SignInStage.OVER, Map.of());

    @Test
    void everyStageAndTriggerIsAsTheTableSays() {
        StageTables.assertExactly(SignInStage.values(), Trigger.values(), ALLOWED, SignInStage::accepts,
                SignInStage::after);
    }
}
