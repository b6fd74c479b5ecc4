package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.call.ConfirmStage.Trigger;
import org.parley.voicemail.StageTables;

/** The decision table of "press 1 to accept": only {@code 1} connects; any other outcome after the answer refuses. */
class ConfirmStageTest {

    private static final Map<ConfirmStage, Map<Trigger, ConfirmStage>> ALLOWED = Map.of(
            ConfirmStage.RINGING, Map.of(Trigger.DEVICE_ANSWERED, ConfirmStage.PROMPTING,
                    Trigger.RING_FAILED, ConfirmStage.OVER, Trigger.WITHDRAWN, ConfirmStage.OVER),
            ConfirmStage.PROMPTING, Map.of(Trigger.KEY_ONE, ConfirmStage.ACCEPTED,
                    Trigger.OTHER_KEY, ConfirmStage.REFUSED, Trigger.SILENCE, ConfirmStage.REFUSED,
                    Trigger.DEVICE_HUNG_UP, ConfirmStage.REFUSED, Trigger.WITHDRAWN, ConfirmStage.OVER),
            ConfirmStage.ACCEPTED, Map.of(),
            ConfirmStage.REFUSED, Map.of(),
            ConfirmStage.OVER, Map.of());

    @Test
    void everyStageAndTriggerIsAsTheTableSays() {
        StageTables.assertExactly(ConfirmStage.values(), Trigger.values(), ALLOWED, ConfirmStage::accepts,
                ConfirmStage::after);
    }

    @Test
    void onlyTheKeyOneAcceptsEveryOtherKeyRefuses() {
        assertEquals(ConfirmStage.ACCEPTED, ConfirmStage.PROMPTING.after(Trigger.ofKey('1')));
        for (char key : "023456789*#".toCharArray()) {
            assertEquals(ConfirmStage.REFUSED, ConfirmStage.PROMPTING.after(Trigger.ofKey(key)), "key " + key);
        }
    }

    @Test
    void aKeyPressedWhileTheDeviceStillRingsDecidesNothing() {
        assertFalse(ConfirmStage.RINGING.accepts(Trigger.KEY_ONE));
        assertFalse(ConfirmStage.RINGING.accepts(Trigger.OTHER_KEY));
    }
}
