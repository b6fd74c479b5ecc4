package org.parley.queue.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parley.media.Prompts;
import org.parley.queue.CallerAudio;

/**
 * What a waiting caller is told every {@code announceFrequency} (Asterisk's {@code say_position}): "you are caller
 * number N", then "the estimated wait is M minutes". The estimate is Asterisk's: the queue's average hold time
 * ({@link HoldTimeAverage}) plus 30 s, less what the caller has waited, in whole minutes; under a minute (or a caller
 * who waited longer than the average) nothing is said of the wait. Asterisk takes the absolute value there, so that a
 * caller waiting beyond the average hears a growing estimate; Parley says nothing instead.
 */
final class PositionAnnouncement {

    private static final long ROUNDING_SECONDS = 30;

    private PositionAnnouncement() {
    }

    /** The prompts to play, in order; empty when there is nothing to say. */
    static List<String> prompts(CallerAudio audio, int position, Duration averageHoldTime, Duration waited) {
        List<String> prompts = new ArrayList<>();
        if (audio.announcePosition()) {
            prompts.add(Prompts.YOU_ARE_CALLER_NUMBER);
            prompts.addAll(Prompts.number(position));
        }
        long minutes = estimatedMinutes(averageHoldTime, waited);
        if (audio.announceHoldTime() && minutes >= 1) {
            prompts.add(Prompts.ESTIMATED_WAIT_IS);
            prompts.addAll(Prompts.number((int) Math.min(minutes, Integer.MAX_VALUE)));
            prompts.add(minutes == 1 ? Prompts.MINUTE : Prompts.MINUTES);
        }
        return prompts;
    }

    /** (average hold time + 30 s − waited) in whole minutes, never below zero. */
    static long estimatedMinutes(Duration averageHoldTime, Duration waited) {
        long seconds = averageHoldTime.toSeconds() + ROUNDING_SECONDS - waited.toSeconds();
        return Math.max(0, seconds) / 60;
    }
}
