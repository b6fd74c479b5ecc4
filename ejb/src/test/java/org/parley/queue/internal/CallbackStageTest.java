package org.parley.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.platform.state.TransitionTable;
import org.parley.queue.internal.CallbackStage.Trigger;

/** A queue callback's stages: every allowed transition, and every other one refused. */
class CallbackStageTest {

    /** The whole table, written out again: state → (trigger → next state). */
    private static final Map<CallbackStage, Map<Trigger, CallbackStage>> ALLOWED = Map.of(
            CallbackStage.REQUESTED, Map.of(Trigger.QUEUED, CallbackStage.WAITING, Trigger.GIVE_UP,
                    CallbackStage.FAILED),
            CallbackStage.WAITING, Map.of(Trigger.DIAL, CallbackStage.RINGING_AGENT, Trigger.GIVE_UP,
                    CallbackStage.FAILED),
            CallbackStage.RINGING_AGENT, Map.of(Trigger.AGENT_NO_ANSWER, CallbackStage.WAITING,
                    Trigger.AGENT_ANSWERED, CallbackStage.CALLING_CUSTOMER, Trigger.GIVE_UP, CallbackStage.FAILED),
            CallbackStage.CALLING_CUSTOMER, Map.of(Trigger.CUSTOMER_ANSWERED, CallbackStage.CONNECTED,
                    Trigger.CUSTOMER_FAILED, CallbackStage.RETRY_WAIT, Trigger.GIVE_UP, CallbackStage.FAILED),
            CallbackStage.RETRY_WAIT, Map.of(Trigger.RETRY_DUE, CallbackStage.WAITING, Trigger.GIVE_UP,
                    CallbackStage.FAILED),
            CallbackStage.CONNECTED, Map.of(),
            CallbackStage.FAILED, Map.of());

    @ParameterizedTest
    @EnumSource(CallbackStage.class)
    void everyTransitionOfAStageIsAllowedAndEveryOtherRefused(CallbackStage from) {
        Map<Trigger, CallbackStage> allowed = ALLOWED.get(from);
        for (Trigger trigger : Trigger.values()) {
            if (allowed.containsKey(trigger)) {
                assertEquals(allowed.get(trigger), CallbackStage.TABLE.require(from, trigger),
                        from + " on " + trigger);
            } else {
                assertThrows(TransitionTable.IllegalTransition.class,
                        () -> CallbackStage.TABLE.require(from, trigger), from + " on " + trigger);
            }
        }
    }

    @Test
    void aCallbackWhoseCustomerIsBusyOnceIsRetriedAndConnects() {
        PendingCallback cb = new PendingCallback("cb-1", "call-1", "+3225551234");
        cb.move(Trigger.QUEUED);
        cb.dialled("2001", "call-2");
        assertEquals("call-2", cb.callId().orElseThrow());
        cb.move(Trigger.AGENT_ANSWERED);
        cb.move(Trigger.CUSTOMER_FAILED);
        assertEquals(1, cb.customerFailed());
        assertEquals(CallbackStage.RETRY_WAIT, cb.stage());
        cb.move(Trigger.RETRY_DUE);
        cb.dialled("2002", "call-3");
        cb.agentMissed();
        assertEquals(CallbackStage.WAITING, cb.stage());
        assertEquals(true, cb.agent().isEmpty());
        cb.dialled("2001", "call-4");
        cb.move(Trigger.AGENT_ANSWERED);
        cb.move(Trigger.CUSTOMER_ANSWERED);
        assertEquals(CallbackStage.CONNECTED, cb.stage());
    }

    @Test
    void aConnectedCallbackCannotFailAnyMore() {
        PendingCallback cb = new PendingCallback("cb-1", "call-1", "2002");
        cb.move(Trigger.QUEUED);
        cb.dialled("2001", "call-2");
        cb.move(Trigger.AGENT_ANSWERED);
        cb.move(Trigger.CUSTOMER_ANSWERED);
        assertThrows(TransitionTable.IllegalTransition.class, () -> cb.move(Trigger.GIVE_UP));
    }
}
