package org.parley.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.queue.QueueThresholds.Alert;
import org.parley.queue.QueueThresholds.Limit;

/** Which colour a wallboard figure takes against its queue's thresholds. */
class QueueThresholdsTest {

    private static final QueueThresholds T = new QueueThresholds(Limit.of(3, 6), Limit.of(30, null),
            Limit.of(80, 60), Limit.of(null, 10));

    @Test
    void moreWaitingCallersTurnAmberThenRedFromTheLimitOn() {
        assertEquals(Alert.NONE, T.waiting(2));
        assertEquals(Alert.AMBER, T.waiting(3));
        assertEquals(Alert.AMBER, T.waiting(5));
        assertEquals(Alert.RED, T.waiting(6));
    }

    @Test
    void aLimitNotSetColoursNothing() {
        assertEquals(Alert.AMBER, T.longestWait(Optional.of(3600L)), "no red limit: amber at most");
        assertEquals(Alert.NONE, T.longestWait(Optional.empty()), "nobody waits");
        assertEquals(Alert.RED, T.abandonRate(Optional.of(10.0)), "no amber limit: red straight away");
        assertEquals(Alert.NONE, T.abandonRate(Optional.of(9.99)));
        assertEquals(Alert.NONE, QueueThresholds.NONE.waiting(1000));
    }

    @Test
    void aLowerServiceLevelIsWorse() {
        assertEquals(Alert.NONE, T.serviceLevel(Optional.of(80.0)));
        assertEquals(Alert.AMBER, T.serviceLevel(Optional.of(79.9)));
        assertEquals(Alert.AMBER, T.serviceLevel(Optional.of(60.0)));
        assertEquals(Alert.RED, T.serviceLevel(Optional.of(59.0)));
        assertEquals(Alert.NONE, T.serviceLevel(Optional.empty()), "nothing answered yet");
    }

    @Test
    void redLiesPastAmber() {
        assertThrows(IllegalArgumentException.class, () -> new QueueThresholds(Limit.of(6, 6), Limit.NONE,
                Limit.NONE, Limit.NONE));
        assertThrows(IllegalArgumentException.class, () -> new QueueThresholds(Limit.NONE, Limit.NONE,
                Limit.of(60, 80), Limit.NONE));
    }
}
