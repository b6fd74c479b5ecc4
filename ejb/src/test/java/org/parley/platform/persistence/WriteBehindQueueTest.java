package org.parley.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
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
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("test facts", 2, 100, LOG);
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
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("test facts", 10, 100, LOG);
        queue.add(1);
        queue.add(2);

        assertThrows(IllegalStateException.class, () -> queue.flush(b -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(0, queue.flushOrReport(b -> {
            throw new IllegalStateException("database still down");
        }, NOW), "reported, not thrown");
        assertEquals(2, queue.pending());

        List<Integer> stored = new ArrayList<>();
        assertEquals(2, queue.flushOrReport(stored::addAll, NOW.plusSeconds(1)));
        assertEquals(List.of(1, 2), stored);
    }

    @Test
    void aFactTheDatabaseRefusesIsSetAsideAndTheOthersAreStored() {
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("test facts", 10, 100, LOG);
        for (int i = 1; i <= 5; i++) {
            queue.add(i);
        }
        List<Integer> stored = new ArrayList<>();

        // the database refuses any batch holding 3 (a value too long, say)
        assertEquals(4, queue.flushOrReport(batch -> {
            if (batch.contains(3)) {
                throw refusedForItsData();
            }
            stored.addAll(batch);
        }, NOW));

        assertEquals(List.of(1, 2, 4, 5), stored);
        assertEquals(1, queue.setAside());
        assertEquals(0, queue.pending(), "nothing holds the queue back");
        queue.add(6);
        assertEquals(1, queue.flush(stored::addAll));
        assertEquals(List.of(1, 2, 4, 5, 6), stored);
    }

    @Test
    void theDatabaseGoingAwayWhileFactsAreWrittenOneByOneSetsNothingAside() {
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("test facts", 10, 100, LOG);
        for (int i = 1; i <= 4; i++) {
            queue.add(i);
        }
        List<Integer> stored = new ArrayList<>();

        assertThrows(IllegalStateException.class, () -> queue.flush(batch -> {
            if (batch.size() > 1) {
                throw refusedForItsData();
            }
            if (batch.get(0) == 2) {
                throw new IllegalStateException("connection lost");
            }
            stored.addAll(batch);
        }));

        assertEquals(List.of(1), stored);
        assertEquals(0, queue.setAside());
        assertEquals(3, queue.pending(), "2, 3 and 4 wait for the database");
        assertEquals(3, queue.flush(stored::addAll));
        assertEquals(List.of(1, 2, 3, 4), stored);
    }

    @Test
    void aFullQueueRefusesNewFactsAndCountsThem() {
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("test facts", 2, 3, LOG);

        assertTrue(queue.add(1));
        assertTrue(queue.add(2));
        assertTrue(queue.add(3));
        assertFalse(queue.add(4));
        assertFalse(queue.add(5));

        assertEquals(3, queue.pending());
        assertEquals(2, queue.refused());
        List<Integer> stored = new ArrayList<>();
        queue.flush(stored::addAll);
        assertEquals(List.of(1, 2, 3), stored);
        assertTrue(queue.add(6), "room again once stored");
    }

    /** What a write of a value the column cannot hold throws: SQLSTATE 22001 somewhere in its causes. */
    private static RuntimeException refusedForItsData() {
        return new jakarta.persistence.PersistenceException("rolled back",
                new SQLException("Value too long for column", "22001"));
    }
}
