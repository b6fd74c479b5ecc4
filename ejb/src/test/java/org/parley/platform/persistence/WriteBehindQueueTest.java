package org.parley.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class WriteBehindQueueTest {

    private static final Logger LOG = Logger.getLogger(WriteBehindQueueTest.class.getName());
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    @Test
    void factsAreWrittenInBatchesInTheOrderTheyCame() {
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>(2);
        List<List<Integer>> batches = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            queue.add(i);
        }

        assertEquals(5, queue.flush(batches::add));
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), batches);
        assertEquals(0, queue.pending());
    }

    @Test
    void aFailedWriteLosesNothingAndIsTriedAgain() {
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>(10);
        queue.add(1);
        queue.add(2);

        assertThrows(IllegalStateException.class, () -> queue.flush(b -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(0, queue.flushOrReport(b -> {
            throw new IllegalStateException("database still down");
        }, NOW, LOG, "test facts"), "reported, not thrown");
        assertEquals(2, queue.pending());

        List<Integer> stored = new ArrayList<>();
        assertEquals(2, queue.flushOrReport(stored::addAll, NOW.plusSeconds(1), LOG, "test facts"));
        assertEquals(List.of(1, 2), stored);
    }
}
