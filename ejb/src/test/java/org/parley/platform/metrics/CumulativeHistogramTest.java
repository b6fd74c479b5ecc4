package org.parley.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CumulativeHistogramTest {

    private final CumulativeHistogram h = new CumulativeHistogram(List.of(0.001, 0.01, 0.1, 1.0));

    @Test
    void eachBucketCountsTheDurationsAtMostItsBound() {
        h.record(Duration.ofNanos(400_000));   // 0.4 ms
        h.record(Duration.ofMillis(1));        // on a bound: counted in it
        h.record(Duration.ofMillis(7));
        h.record(Duration.ofMillis(250));
        h.record(Duration.ofSeconds(3));       // above every bound: only in the count (+Inf)

        assertEquals(2, h.atMost(0));
        assertEquals(3, h.atMost(1));
        assertEquals(3, h.atMost(2));
        assertEquals(4, h.atMost(3));
        assertEquals(5, h.count());
        assertEquals(3.2584, h.sumSeconds(), 1e-9);
    }

    @Test
    void countsOnlyGrowSoTwoReadingsGiveWhatHappenedBetween() {
        h.record(Duration.ofMillis(5));
        long before = h.atMost(1);
        h.record(Duration.ofMillis(2));
        h.record(Duration.ofMillis(50));
        assertEquals(1, h.atMost(1) - before, "one of the two new durations was at most 10 ms");
        assertEquals(2, h.atMost(2) - before);
    }

    @Test
    void aNegativeDurationCountsAsZero() {
        h.record(Duration.ofMillis(-2));
        assertEquals(1, h.atMost(0));
        assertEquals(0.0, h.sumSeconds());
    }

    @Test
    void boundsMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new CumulativeHistogram(List.of(0.1, 0.1)));
    }
}
