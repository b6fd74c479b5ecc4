package org.parley.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An agent's figures for a period, against figures computed by hand. */
class AgentStatisticsTest {

    private static final Instant FROM = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-22T10:00:00Z");

    private static QueueEventView e(long queue, int minute, QueueEventType type) {
        return new QueueEventView(queue, "Q" + queue, FROM.plus(Duration.ofMinutes(minute)), type, Optional.empty(),
                Optional.of("201"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aDynamicAgentsHourOverTwoQueues() {
        // connected to queue 1 at :00-:50 and queue 2 at :10-:55 → 55 min connected;
        // paused for lunch :20-:30 (logged by both queues) and for training :30-:35 → 15 min paused;
        // two calls answered (talk 120 + 600 s, one transferred), one ring missed
        List<QueueEventView> events = List.of(
                e(1, 0, QueueEventType.AGENTLOGIN),
                e(2, 10, QueueEventType.AGENTLOGIN),
                e(1, 12, QueueEventType.RINGNOANSWER),
                e(2, 13, QueueEventType.CONNECT),
                e(2, 15, QueueEventType.COMPLETECALLER).withTalk(120),
                e(1, 20, QueueEventType.PAUSE).withReason("lunch"),
                e(2, 20, QueueEventType.PAUSE).withReason("lunch"),
                e(1, 30, QueueEventType.PAUSE).withReason("training"),
                e(2, 30, QueueEventType.PAUSE).withReason("training"),
                e(1, 35, QueueEventType.UNPAUSE),
                e(2, 35, QueueEventType.UNPAUSE),
                e(1, 36, QueueEventType.CONNECT),
                e(1, 46, QueueEventType.BLINDTRANSFER).withTalk(600),
                e(1, 50, QueueEventType.AGENTLOGOFF),
                e(2, 55, QueueEventType.AGENTLOGOFF));

        AgentStatistics s = AgentStatistics.of("201", events, Set.of(), FROM, TO);

        assertEquals(2, s.answered());
        assertEquals(1, s.missed());
        assertEquals(720, s.talkSeconds());
        assertEquals(Map.of("lunch", 600L, "training", 300L), s.pauseSeconds());
        assertEquals(900, s.pausedSeconds());
        assertEquals(55 * 60, s.connectedSeconds());
        assertEquals(Optional.of(30.0), s.occupancy(), "720 s of 3300 - 900 s");
    }

    @Test
    void intervalsOpenAtEitherEndRunToThePeriodsBounds() {
        // connected before the period until :30; paused before it until :10, paused again from :50 on
        List<QueueEventView> events = List.of(
                e(1, 10, QueueEventType.UNPAUSE),
                e(1, 30, QueueEventType.AGENTLOGOFF),
                e(1, 50, QueueEventType.PAUSE));

        AgentStatistics s = AgentStatistics.of("201", events, Set.of(), FROM, TO);

        assertEquals(Map.of("", 1200L), s.pauseSeconds(), "10 min before the UNPAUSE, 10 min after the PAUSE");
        assertEquals(1800, s.connectedSeconds());
        assertEquals(Optional.of(0.0), s.occupancy());
    }

    @Test
    void aStaticAgentIsConnectedAllThePeriodAndAnIdleOneHasNoOccupancy() {
        assertEquals(3600, AgentStatistics.of("201", List.of(), Set.of(1L), FROM, TO).connectedSeconds());
        assertEquals(Optional.empty(), AgentStatistics.of("201", List.of(), Set.of(), FROM, TO).occupancy());
    }
}
