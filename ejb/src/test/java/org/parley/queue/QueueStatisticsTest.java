package org.parley.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Statistics from a hand-written event log, checked against figures computed by hand. */
class QueueStatisticsTest {

    private static final QueueSettings QUEUE = new QueueSettings(1, "Sales", "700", Strategy.RINGALL,
            Duration.ofSeconds(60), Optional.empty(), Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ZERO, 0,
            Duration.ofSeconds(20), true, false, Optional.empty(), Optional.empty(), List.of(),
            QueueThresholds.NONE);
    private static final Instant T = Instant.parse("2026-11-22T09:00:00Z");

    private static QueueEventView e(QueueEventType type) {
        return QueueEventView.of(QUEUE, T, type);
    }

    @Test
    void figuresOfFiveCallers() {
        // 5 callers: 3 answered after 5 s, 15 s and 40 s (talk 60, 120, 30 s), 1 abandoned after 12 s, 1 timed out
        List<QueueEventView> log = List.of(
                e(QueueEventType.ENTERQUEUE), e(QueueEventType.ENTERQUEUE), e(QueueEventType.ENTERQUEUE),
                e(QueueEventType.ENTERQUEUE), e(QueueEventType.ENTERQUEUE),
                e(QueueEventType.CONNECT).withAgent("201").withWait(5),
                e(QueueEventType.CONNECT).withAgent("202").withWait(15),
                e(QueueEventType.CONNECT).withAgent("201").withWait(40),
                e(QueueEventType.RINGNOANSWER).withAgent("202").withRing(15_000),
                e(QueueEventType.COMPLETECALLER).withAgent("201").withWait(5).withTalk(60),
                e(QueueEventType.COMPLETEAGENT).withAgent("202").withWait(15).withTalk(120),
                e(QueueEventType.COMPLETECALLER).withAgent("201").withWait(40).withTalk(30),
                e(QueueEventType.ABANDON).withPositions(1, 2).withWait(12),
                e(QueueEventType.EXITWITHTIMEOUT).withPositions(1, 1).withWait(60));

        QueueStatistics s = QueueStatistics.of(log, Duration.ofSeconds(20));

        assertEquals(5, s.offered());
        assertEquals(3, s.answered());
        assertEquals(1, s.abandoned());
        assertEquals(1, s.timedOut());
        assertEquals(Optional.of(66.67), s.serviceLevel(), "2 of 3 answered within 20 s");
        assertEquals(Optional.of(20.0), s.averageAnswer(), "(5 + 15 + 40) / 3");
        assertEquals(Optional.of(20.0), s.abandonRate(), "1 of 5");
        assertEquals(Optional.of(70.0), s.averageTalk(), "(60 + 120 + 30) / 3");
    }

    @Test
    void anAgentIsOfferedTheCallsRungAtThemAnsweredOrNot() {
        // agent 202: rung 3 times (one answered, one not answered in time, one cancelled when another agent answered)
        List<QueueEventView> agentLog = List.of(
                e(QueueEventType.RINGNOANSWER).withAgent("202").withRing(15_000),
                e(QueueEventType.RINGCANCELED).withAgent("202").withRing(2_000),
                e(QueueEventType.CONNECT).withAgent("202").withWait(15),
                e(QueueEventType.COMPLETEAGENT).withAgent("202").withWait(15).withTalk(120));

        QueueStatistics s = QueueStatistics.ofAgent(agentLog, Duration.ofSeconds(20));

        assertEquals(3, s.offered(), "never fewer than answered");
        assertEquals(1, s.answered());
        assertEquals(Optional.of(120.0), s.averageTalk());
    }

    @Test
    void transferredCallsCountAsAnsweredAndTheirTimeWithTheAgentAsTalk() {
        // 3 callers answered after 10, 20 and 30 s: one completed (talk 40 s), one blind-transferred after 15 s,
        // one attended-transferred after 50 s
        List<QueueEventView> log = List.of(
                e(QueueEventType.ENTERQUEUE), e(QueueEventType.ENTERQUEUE), e(QueueEventType.ENTERQUEUE),
                e(QueueEventType.CONNECT).withAgent("201").withWait(10),
                e(QueueEventType.CONNECT).withAgent("202").withWait(20),
                e(QueueEventType.CONNECT).withAgent("201").withWait(30),
                e(QueueEventType.COMPLETEAGENT).withAgent("201").withWait(10).withTalk(40),
                e(QueueEventType.BLINDTRANSFER).withAgent("202").withTarget("209").withReason("blind").withWait(20)
                        .withTalk(15),
                e(QueueEventType.ATTENDEDTRANSFER).withAgent("201").withTarget("208").withReason("BRIDGE")
                        .withWait(30).withTalk(50));

        QueueStatistics s = QueueStatistics.of(log, Duration.ofSeconds(20));

        assertEquals(3, s.answered());
        assertEquals(Optional.of(0.0), s.abandonRate());
        assertEquals(Optional.of(35.0), s.averageTalk(), "(40 + 15 + 50) / 3");
        assertEquals(Optional.of(66.67), s.serviceLevel(), "10 s and 20 s within 20 s");
    }

    @Test
    void nothingToAverageGivesNoFigureRatherThanZero() {
        QueueStatistics s = QueueStatistics.of(List.of(e(QueueEventType.ENTERQUEUE),
                e(QueueEventType.ABANDON).withPositions(1, 1).withWait(3)), Duration.ofSeconds(20));
        assertEquals(Optional.empty(), s.serviceLevel());
        assertEquals(Optional.empty(), s.averageAnswer());
        assertEquals(Optional.of(100.0), s.abandonRate());
    }

    @Test
    void acrossQueuesEachCallCountsAgainstItsOwnQueuesThreshold() {
        QueueSettings other = new QueueSettings(2, "Support", "701", Strategy.RINGALL, Duration.ofSeconds(60),
                Optional.empty(), Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ZERO, 0,
                Duration.ofSeconds(60), true, false, Optional.empty(), Optional.empty(), List.of(),
                QueueThresholds.NONE);
        // Sales (20 s): answered after 10 s and 30 s; Support (60 s): answered after 30 s, one abandon
        List<QueueEventView> log = List.of(
                e(QueueEventType.ENTERQUEUE), e(QueueEventType.ENTERQUEUE),
                QueueEventView.of(other, T, QueueEventType.ENTERQUEUE),
                QueueEventView.of(other, T, QueueEventType.ENTERQUEUE),
                e(QueueEventType.CONNECT).withAgent("201").withWait(10),
                e(QueueEventType.CONNECT).withAgent("201").withWait(30),
                QueueEventView.of(other, T, QueueEventType.CONNECT).withAgent("202").withWait(30),
                QueueEventView.of(other, T, QueueEventType.ABANDON).withWait(5));

        QueueStatistics s = QueueStatistics.across(log, java.util.Map.of(1L, Duration.ofSeconds(20), 2L,
                Duration.ofSeconds(60)), Duration.ofSeconds(60));

        assertEquals(4, s.offered());
        assertEquals(3, s.answered());
        assertEquals(Optional.of(66.67), s.serviceLevel(), "10 s within 20, 30 s not within 20, 30 s within 60");
        assertEquals(Optional.of(23.33), s.averageAnswer());
        assertEquals(Optional.of(25.0), s.abandonRate());
        assertEquals(Duration.ofSeconds(60), s.serviceThreshold());
    }
}
