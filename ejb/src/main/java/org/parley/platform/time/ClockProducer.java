package org.parley.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The clock every service reads time from, so tests can replace it. It ticks in microseconds, the precision the
 * database keeps, so that an instant reads back from storage exactly as it was taken.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Clock MICROSECONDS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Produces
    Clock clock() {
        return MICROSECONDS;
    }
}
