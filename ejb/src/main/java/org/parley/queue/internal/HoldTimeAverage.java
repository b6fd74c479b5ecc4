package org.parley.queue.internal;

import java.time.Duration;

/**
 * A queue's average hold time, as Asterisk keeps it ({@code recalc_holdtime}): each caller connected to an agent
 * moves it a quarter of the way to their own wait, {@code new = (3 × old + wait) / 4}, in whole seconds; zero until
 * the first caller is connected. Changed only on the queue's lane.
 */
final class HoldTimeAverage {

    private long seconds;

    /** A caller was connected after waiting {@code wait}. */
    void connected(Duration wait) {
        seconds = (3 * seconds + wait.toSeconds()) / 4;
    }

    Duration value() {
        return Duration.ofSeconds(seconds);
    }
}
