package org.parley.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Figures slot by slot, for charts. */
class QueueTimelineTest {

    private static final Instant DAY = Instant.parse("2026-11-22T00:00:00Z");

    private static QueueEventView e(String at, QueueEventType type) {
        return new QueueEventView(1, "Sales", Instant.parse("2026-11-22T" + at + "Z"), type, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void eachEventCountsInItsQuarterHour() {
        List<QueueEventView> log = List.of(
                e("09:00:00", QueueEventType.ENTERQUEUE), e("09:00:05", QueueEventType.CONNECT).withWait(5),
                e("09:14:59", QueueEventType.ENTERQUEUE), e("09:15:00", QueueEventType.ABANDON),
                e("09:20:00", QueueEventType.ENTERQUEUE), e("09:21:00", QueueEventType.CONNECT).withWait(60),
                e("10:00:00", QueueEventType.ENTERQUEUE));

        List<QueueTimeline.Slot> slots = QueueTimeline.of(log, Map.of(1L, Duration.ofSeconds(20)),
                Duration.ofSeconds(20), DAY.plus(Duration.ofHours(9)), DAY.plus(Duration.ofMinutes(9 * 60 + 40)),
                Duration.ofMinutes(15));

        assertEquals(3, slots.size(), "09:00, 09:15 and 09:30 (ending after the period)");
        assertEquals(DAY.plus(Duration.ofMinutes(9 * 60 + 15)), slots.get(1).start());
        assertEquals(List.of(2L, 1L, 0L), slots.stream().map(s -> s.figures().offered()).toList(),
                "10:00 is after the period");
        assertEquals(List.of(1L, 1L, 0L), slots.stream().map(s -> s.figures().answered()).toList());
        assertEquals(List.of(0L, 1L, 0L), slots.stream().map(s -> s.figures().abandoned()).toList());
        assertEquals(Optional.of(100.0), slots.get(0).figures().serviceLevel());
        assertEquals(Optional.of(0.0), slots.get(1).figures().serviceLevel());
        assertEquals(Optional.empty(), slots.get(2).figures().serviceLevel());
    }

    @Test
    void aTimelineNeedsAPeriodAndAWidth() {
        assertThrows(IllegalArgumentException.class, () -> QueueTimeline.of(List.of(), Map.of(),
                Duration.ofSeconds(20), DAY, DAY, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> QueueTimeline.of(List.of(), Map.of(),
                Duration.ofSeconds(20), DAY, DAY.plusSeconds(60), Duration.ZERO));
    }
}
