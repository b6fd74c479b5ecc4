package org.parley.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.platform.state.TransitionTable;
import org.parley.queue.internal.EntryStage.Trigger;

/** A queue caller's stages: every allowed transition, and every other one refused. */
class EntryStageTest {

    /** The whole table, written out again: state → (trigger → next state). */
    private static final Map<EntryStage, Map<Trigger, EntryStage>> ALLOWED = Map.of(
            EntryStage.WAITING, Map.of(Trigger.RING, EntryStage.RINGING, Trigger.ANSWER, EntryStage.CONNECTED,
                    Trigger.EXIT, EntryStage.LEFT, Trigger.ABANDON, EntryStage.LEFT),
            EntryStage.RINGING, Map.of(Trigger.NO_ANSWER, EntryStage.RETRY_PAUSE, Trigger.ANSWER,
                    EntryStage.CONNECTED, Trigger.EXIT, EntryStage.LEFT, Trigger.ABANDON, EntryStage.LEFT),
            EntryStage.RETRY_PAUSE, Map.of(Trigger.RETRY_DUE, EntryStage.WAITING, Trigger.ANSWER,
                    EntryStage.CONNECTED, Trigger.EXIT, EntryStage.LEFT, Trigger.ABANDON, EntryStage.LEFT),
            EntryStage.CONNECTED, Map.of(Trigger.COMPLETE, EntryStage.LEFT),
            EntryStage.LEFT, Map.of());

    @ParameterizedTest
    @EnumSource(EntryStage.class)
    void everyTransitionOfAStageIsAllowedAndEveryOtherRefused(EntryStage from) {
        Map<Trigger, EntryStage> allowed = ALLOWED.get(from);
        for (Trigger trigger : Trigger.values()) {
            if (allowed.containsKey(trigger)) {
                assertEquals(allowed.get(trigger), EntryStage.TABLE.require(from, trigger), from + " on " + trigger);
            } else {
                assertThrows(TransitionTable.IllegalTransition.class, () -> EntryStage.TABLE.require(from, trigger),
                        from + " on " + trigger);
            }
        }
    }

    @Test
    void aCallerWalksThroughARingARetryAndAnAnswerToTheEnd() {
        QueueEntry entry = new QueueEntry("call-1", "+4930123", Instant.EPOCH, 1);
        entry.move(Trigger.RING);
        entry.move(Trigger.NO_ANSWER);
        assertEquals(EntryStage.RETRY_PAUSE, entry.stage());
        entry.move(Trigger.RETRY_DUE);
        entry.move(Trigger.RING);
        entry.connect("2001", Instant.EPOCH.plusSeconds(20));
        assertEquals("2001", entry.agent());
        assertFalse(entry.waiting());
        entry.move(Trigger.COMPLETE);
        assertEquals(EntryStage.LEFT, entry.stage());
    }

    @ParameterizedTest
    @EnumSource(EntryStage.class)
    void oneIllegalTransitionPerStageThrowsAndLeavesTheStage(EntryStage stage) {
        QueueEntry entry = entryIn(stage);
        Trigger illegal = Arrays.stream(Trigger.values()).filter(t -> !ALLOWED.get(stage).containsKey(t))
                .findFirst().orElseThrow();
        assertFalse(entry.can(illegal));
        assertThrows(TransitionTable.IllegalTransition.class, () -> entry.move(illegal));
        assertEquals(stage, entry.stage());
    }

    private static QueueEntry entryIn(EntryStage stage) {
        QueueEntry entry = new QueueEntry("call-1", "+4930123", Instant.EPOCH, 1);
        switch (stage) {
            case WAITING -> { }
            case RINGING -> entry.move(Trigger.RING);
            case RETRY_PAUSE -> {
                entry.move(Trigger.RING);
                entry.move(Trigger.NO_ANSWER);
            }
            case CONNECTED -> entry.connect("2001", Instant.EPOCH);
            case LEFT -> entry.move(Trigger.ABANDON);
        }
        assertEquals(stage, entry.stage());
        return entry;
    }
}
