package org.parley.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.queue.CallerAudio;

/** What a waiting caller is told, and the hold-time average behind the estimate (Asterisk's formulas). */
class PositionAnnouncementTest {

    private static CallerAudio audio(boolean position, boolean holdTime) {
        return new CallerAudio("default", Optional.empty(), position, holdTime, Duration.ofSeconds(30),
                CallerAudio.RingingMode.MUSIC);
    }

    @Test
    void positionIsSaidAsANumber() {
        assertEquals(List.of("you-are-caller-number", "digit-3"),
                PositionAnnouncement.prompts(audio(true, true), 3, Duration.ZERO, Duration.ZERO));
        assertEquals(List.of("you-are-caller-number", "number-20", "digit-1"),
                PositionAnnouncement.prompts(audio(true, false), 21, Duration.ofMinutes(10), Duration.ZERO));
    }

    @Test
    void estimateIsTheAverageHoldTimePlusHalfAMinuteLessTheWaitInWholeMinutes() {
        // (300 + 30 - 40) / 60 = 4 minutes
        assertEquals(List.of("you-are-caller-number", "digit-1", "estimated-wait-is", "digit-4", "minutes"),
                PositionAnnouncement.prompts(audio(true, true), 1, Duration.ofSeconds(300), Duration.ofSeconds(40)));
        // (90 + 30 - 0) / 60 = 2; (60 + 30 - 20) / 60 = 1: "minute"
        assertEquals(2, PositionAnnouncement.estimatedMinutes(Duration.ofSeconds(90), Duration.ZERO));
        assertEquals(List.of("estimated-wait-is", "digit-1", "minute"),
                PositionAnnouncement.prompts(audio(false, true), 1, Duration.ofSeconds(60), Duration.ofSeconds(20)));
    }

    @Test
    void noEstimateUnderAMinuteNorForACallerWhoWaitedLongerThanTheAverage() {
        assertEquals(List.of("you-are-caller-number", "digit-2"),
                PositionAnnouncement.prompts(audio(true, true), 2, Duration.ofSeconds(29), Duration.ZERO));
        assertEquals(0, PositionAnnouncement.estimatedMinutes(Duration.ofSeconds(60), Duration.ofSeconds(200)));
        assertEquals(List.of(),
                PositionAnnouncement.prompts(audio(false, true), 1, Duration.ofSeconds(60), Duration.ofSeconds(200)));
    }

    @Test
    void holdTimeMovesAQuarterOfTheWayToEachConnectedCallersWait() {
        HoldTimeAverage average = new HoldTimeAverage();
        assertEquals(Duration.ZERO, average.value());
        average.connected(Duration.ofSeconds(100)); // (0 + 100) / 4
        assertEquals(Duration.ofSeconds(25), average.value());
        average.connected(Duration.ofSeconds(200)); // (75 + 200) / 4 = 68
        assertEquals(Duration.ofSeconds(68), average.value());
    }
}
