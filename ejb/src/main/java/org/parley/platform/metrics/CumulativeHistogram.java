package org.parley.platform.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Durations counted into fixed buckets whose counts only ever grow (a Prometheus-style histogram, unlike the
 * decaying samples behind MicroProfile timers): two readings taken apart give the exact distribution of what
 * happened between them, to the width of a bucket. Thread-safe, lock-free.
 */
public final class CumulativeHistogram {

    /**
     * Upper bounds, in seconds, for times a person or a benchmark cares about: sub-millisecond hand-offs up to a
     * caller's five-minute wait.
     */
    public static final List<Double> DEFAULT_BOUNDS = List.of(0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01,
            0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 10.0, 15.0,
            20.0, 30.0, 45.0, 60.0, 90.0, 120.0, 180.0, 300.0);

    private final double[] bounds;
    private final LongAdder[] counts;
    private final LongAdder count = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    /** @param bounds the buckets' upper bounds in seconds, increasing (a last bucket, +Inf, takes the rest) */
    public CumulativeHistogram(List<Double> bounds) {
        this.bounds = bounds.stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 1; i < this.bounds.length; i++) {
            if (this.bounds[i] <= this.bounds[i - 1]) {
                throw new IllegalArgumentException("bounds must increase: " + bounds);
            }
        }
        counts = new LongAdder[this.bounds.length];
        Arrays.setAll(counts, i -> new LongAdder());
    }

    /** Counts one duration (negative ones as zero: clocks of two threads). */
    public void record(Duration d) {
        long n = Math.max(0, d.toNanos());
        count.increment();
        nanos.add(n);
        double seconds = n / 1e9;
        int i = Arrays.binarySearch(bounds, seconds);
        int bucket = i >= 0 ? i : -i - 1; // the first bound ≥ the value; bounds.length: above every bound
        if (bucket < counts.length) {
            counts[bucket].increment();
        }
    }

    /** The buckets' upper bounds, seconds (without +Inf). */
    public List<Double> bounds() {
        return Arrays.stream(bounds).boxed().toList();
    }

    /** Durations recorded that were at most {@code bounds().get(index)} seconds. */
    public long atMost(int index) {
        long n = 0;
        for (int i = 0; i <= index; i++) {
            n += counts[i].sum();
        }
        return n;
    }

    /** Durations recorded. */
    public long count() {
        return count.sum();
    }

    /** Their sum, seconds. */
    public double sumSeconds() {
        return nanos.sum() / 1e9;
    }
}
