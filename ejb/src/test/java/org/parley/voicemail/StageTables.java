package org.parley.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.parley.platform.state.TransitionTable;

/** Walks a stage table: every stage × trigger either leads where {@code allowed} says, or is refused. */
public final class StageTables {

    private StageTables() {
    }

    public static <S extends Enum<S>, T extends Enum<T>> void assertExactly(S[] stages, T[] triggers,
            Map<S, Map<T, S>> allowed, BiPredicate<S, T> accepts, BiFunction<S, T, S> after) {
        for (S stage : stages) {
            for (T trigger : triggers) {
                S expected = allowed.get(stage).get(trigger);
                if (expected == null) {
                    assertFalse(accepts.test(stage, trigger), stage + " on " + trigger);
                    assertThrows(TransitionTable.IllegalTransition.class, () -> after.apply(stage, trigger));
                } else {
                    assertTrue(accepts.test(stage, trigger), stage + " on " + trigger);
                    assertEquals(expected, after.apply(stage, trigger), stage + " on " + trigger);
                }
            }
        }
    }
}
