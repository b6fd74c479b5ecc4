package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.jain.RegistrationClientState.Trigger;

/** An outbound registration's table: every allowed transition, every other one refused. */
class RegistrationClientStateTest {

    /** The whole table, written out again: state → (trigger → next state). */
    private static final Map<RegistrationClientState, Map<Trigger, RegistrationClientState>> ALLOWED = Map.of(
            RegistrationClientState.IDLE, Map.of(Trigger.SEND, RegistrationClientState.REGISTERING,
                    Trigger.STOP, RegistrationClientState.ENDED),
            RegistrationClientState.REGISTERING, Map.of(Trigger.OK, RegistrationClientState.REGISTERED,
                    Trigger.RESEND, RegistrationClientState.REGISTERING,
                    Trigger.FAIL, RegistrationClientState.RETRY_WAIT,
                    Trigger.STOP, RegistrationClientState.STOPPING),
            RegistrationClientState.REGISTERED, Map.of(Trigger.REFRESH_DUE, RegistrationClientState.REFRESHING,
                    Trigger.STOP, RegistrationClientState.UNREGISTERING),
            RegistrationClientState.REFRESHING, Map.of(Trigger.OK, RegistrationClientState.REGISTERED,
                    Trigger.RESEND, RegistrationClientState.REFRESHING,
                    Trigger.FAIL, RegistrationClientState.RETRY_WAIT,
                    Trigger.STOP, RegistrationClientState.STOPPING),
            RegistrationClientState.RETRY_WAIT, Map.of(Trigger.REFRESH_DUE, RegistrationClientState.REGISTERING,
                    Trigger.STOP, RegistrationClientState.ENDED),
            RegistrationClientState.STOPPING, Map.of(Trigger.OK, RegistrationClientState.UNREGISTERING,
                    Trigger.RESEND, RegistrationClientState.STOPPING,
                    Trigger.FAIL, RegistrationClientState.ENDED),
            RegistrationClientState.UNREGISTERING, Map.of(Trigger.OK, RegistrationClientState.ENDED,
                    Trigger.RESEND, RegistrationClientState.UNREGISTERING,
                    Trigger.FAIL, RegistrationClientState.ENDED),
            RegistrationClientState.ENDED, Map.of());

    @Test
    void everyAllowedTransitionLeadsWhereTheTableSaysAndEveryOtherIsRefused() {
        for (RegistrationClientState from : RegistrationClientState.values()) {
            Map<Trigger, RegistrationClientState> allowed = ALLOWED.get(from);
            for (Trigger trigger : Trigger.values()) {
                if (allowed.containsKey(trigger)) {
                    assertEquals(allowed.get(trigger), from.on(trigger), from + " on " + trigger);
                } else {
                    assertTrue(from.next(trigger).isEmpty(), from + " on " + trigger);
                    assertThrows(IllegalStateException.class, () -> from.on(trigger), from + " on " + trigger);
                }
            }
        }
    }

    @Test
    void oneIllegalTransitionPerState() {
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.IDLE.on(Trigger.OK),
                "no answer before a REGISTER went out");
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.REGISTERING.on(Trigger.REFRESH_DUE),
                "no refresh while a REGISTER is out");
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.REGISTERED.on(Trigger.OK),
                "no answer without a REGISTER out");
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.REFRESHING.on(Trigger.SEND));
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.RETRY_WAIT.on(Trigger.FAIL));
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.STOPPING.on(Trigger.STOP),
                "stopped once");
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.UNREGISTERING.on(Trigger.REFRESH_DUE),
                "no refresh of what is being removed");
        assertThrows(IllegalStateException.class, () -> RegistrationClientState.ENDED.on(Trigger.SEND),
                "nothing follows the end");
    }

    @Test
    void everyStateButTheEndCanBeLeft() {
        for (RegistrationClientState s : RegistrationClientState.values()) {
            assertEquals(s != RegistrationClientState.ENDED, !ALLOWED.get(s).isEmpty(), s.name());
        }
        assertFalse(RegistrationClientState.ENDED.next(Trigger.STOP).isPresent());
    }
}
