package org.parley.queue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A queue's figures for a period, derived from its event log: calls offered (ENTERQUEUE), answered (CONNECT),
 * abandoned (ABANDON), the service level (answered within the threshold / answered × 100, as Asterisk's SL), the
 * average speed of answer (mean CONNECT hold time), the abandon rate (abandoned / offered × 100) and the average talk
 * time (mean call time of COMPLETECALLER / COMPLETEAGENT, and of BLINDTRANSFER / ATTENDEDTRANSFER: a transferred
 * call was answered, and its time with the agent ends with the transfer).
 *
 * @param offered          callers who entered
 * @param answered         callers connected to an agent
 * @param abandoned        callers who hung up while waiting
 * @param timedOut         callers who left at the maximum wait
 * @param serviceLevel     percentage of answered calls answered within the threshold; empty when none was answered
 * @param averageAnswer    mean wait before an agent answered, seconds; empty when none was answered
 * @param abandonRate      percentage of offered calls abandoned; empty when none was offered
 * @param averageTalk      mean talk time of completed calls, seconds; empty when none completed
 * @param serviceThreshold the threshold used
 */
public record QueueStatistics(long offered, long answered, long abandoned, long timedOut,
        Optional<Double> serviceLevel, Optional<Double> averageAnswer, Optional<Double> abandonRate,
        Optional<Double> averageTalk, Duration serviceThreshold) {

    /** The events that end an answered call's time with its agent. */
    private static final Set<QueueEventType> COMPLETIONS = EnumSet.of(QueueEventType.COMPLETEAGENT,
            QueueEventType.COMPLETECALLER, QueueEventType.BLINDTRANSFER, QueueEventType.ATTENDEDTRANSFER);

    /** The figures of these events (one queue, or one agent's share of it: their CONNECTs and completions). */
    public static QueueStatistics of(List<QueueEventView> events, Duration threshold) {
        return of(events, e -> threshold, threshold);
    }

    /**
     * The figures of several queues' events together: each answered call counts within service level against its
     * own queue's threshold ({@code thresholds} by queue id; a queue missing there counts against {@code shown}),
     * and {@code shown} is the threshold reported.
     */
    public static QueueStatistics across(List<QueueEventView> events, Map<Long, Duration> thresholds,
            Duration shown) {
        return of(events, e -> thresholds.getOrDefault(e.queueId(), shown), shown);
    }

    private static QueueStatistics of(List<QueueEventView> events, Function<QueueEventView, Duration> thresholdOf,
            Duration threshold) {
        long offered = count(events, QueueEventType.ENTERQUEUE);
        long abandoned = count(events, QueueEventType.ABANDON);
        long timedOut = count(events, QueueEventType.EXITWITHTIMEOUT);
        List<QueueEventView> connects = events.stream().filter(e -> e.type() == QueueEventType.CONNECT).toList();
        List<Integer> holds = connects.stream().map(e -> e.waitSeconds().orElse(0)).toList();
        List<Integer> talks = events.stream().filter(e -> COMPLETIONS.contains(e.type()))
                .map(e -> e.talkSeconds().orElse(0)).toList();
        long within = connects.stream()
                .filter(e -> e.waitSeconds().orElse(0) <= thresholdOf.apply(e).toSeconds()).count();
        return new QueueStatistics(offered, holds.size(), abandoned, timedOut,
                percent(within, holds.size()), mean(holds), percent(abandoned, offered), mean(talks), threshold);
    }

    /** The events that offer a call to an agent: their rings, answered or not. */
    private static final Set<QueueEventType> OFFERS_TO_AGENT = EnumSet.of(QueueEventType.CONNECT,
            QueueEventType.RINGNOANSWER, QueueEventType.RINGCANCELED);

    /**
     * One agent's figures from their events: offered counts the calls rung at the agent (answered, not answered in
     * time, or cancelled), since callers enter the queue, not an agent; the rest as {@link #of}.
     */
    public static QueueStatistics ofAgent(List<QueueEventView> agentEvents, Duration threshold) {
        QueueStatistics s = of(agentEvents, threshold);
        long offered = agentEvents.stream().filter(e -> OFFERS_TO_AGENT.contains(e.type())).count();
        return new QueueStatistics(offered, s.answered(), s.abandoned(), s.timedOut(), s.serviceLevel(),
                s.averageAnswer(), s.abandonRate(), s.averageTalk(), threshold);
    }

    private static long count(List<QueueEventView> events, QueueEventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    private static Optional<Double> percent(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of(round(100.0 * part / whole));
    }

    private static Optional<Double> mean(List<Integer> values) {
        return values.isEmpty() ? Optional.empty()
                : Optional.of(round(values.stream().mapToInt(Integer::intValue).average().orElse(0)));
    }

    /** Two decimals, as reports show them. */
    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
