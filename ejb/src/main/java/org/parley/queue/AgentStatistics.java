package org.parley.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One agent's figures for a period, over every queue, derived from their queue events: calls answered (CONNECT),
 * missed (RINGNOANSWER: rung and not answered in time or refused), talk time (of their completed and transferred
 * calls), pause time by reason (PAUSE to UNPAUSE; a queue logs a pause once per connected queue, the agent paused once),
 * time connected to at least one queue (AGENTLOGIN to AGENTLOGOFF; a static agent is connected all the time) and the
 * occupancy: talk time / (connected time − pause time) × 100.
 *
 * <p>An interval open at the period's start (a logoff or an UNPAUSE with nothing before it) runs from the start; one
 * open at its end runs to the end.
 *
 * @param extension        the agent
 * @param from             the period's start
 * @param to               its end
 * @param answered         queue calls they answered
 * @param missed           rings they did not answer
 * @param talkSeconds      their time on queue calls, completed or transferred in the period
 * @param pauseSeconds     pause time by reason ("" for a pause without one), by reason
 * @param connectedSeconds time connected to at least one queue
 * @param occupancy        percentage of their available time (connected, not paused) spent talking; empty when none
 */
public record AgentStatistics(String extension, Instant from, Instant to, long answered, long missed,
        long talkSeconds, Map<String, Long> pauseSeconds, long connectedSeconds, Optional<Double> occupancy) {

    private static final Set<QueueEventType> COMPLETIONS = EnumSet.of(QueueEventType.COMPLETEAGENT,
            QueueEventType.COMPLETECALLER, QueueEventType.BLINDTRANSFER, QueueEventType.ATTENDEDTRANSFER);

    public AgentStatistics {
        pauseSeconds = Collections.unmodifiableMap(new TreeMap<>(pauseSeconds));
    }

    /** The total pause time. */
    public long pausedSeconds() {
        return pauseSeconds.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The figures of an agent's events.
     *
     * @param events       the agent's events of every queue in the period, in any order
     * @param staticQueues the queues the agent is a static member of (connected the whole period)
     */
    public static AgentStatistics of(String extension, List<QueueEventView> events, Set<Long> staticQueues,
            Instant from, Instant to) {
        List<QueueEventView> ordered = events.stream().sorted(Comparator.comparing(QueueEventView::at)).toList();
        long answered = ordered.stream().filter(e -> e.type() == QueueEventType.CONNECT).count();
        long missed = ordered.stream().filter(e -> e.type() == QueueEventType.RINGNOANSWER).count();
        long talk = ordered.stream().filter(e -> COMPLETIONS.contains(e.type()))
                .mapToLong(e -> e.talkSeconds().orElse(0)).sum();
        Map<String, Long> pauses = pauses(ordered, from, to);
        long connected = connected(ordered, staticQueues, from, to);
        long paused = pauses.values().stream().mapToLong(Long::longValue).sum();
        long available = connected - paused;
        Optional<Double> occupancy = available <= 0 ? Optional.empty()
                : Optional.of(Math.round(10_000.0 * talk / available) / 100.0);
        return new AgentStatistics(extension, from, to, answered, missed, talk, pauses, connected, occupancy);
    }

    /**
     * Pause intervals by reason: a PAUSE starts one (a PAUSE with another reason switches to it; the same reason again
     * — another queue logging the same pause — changes nothing), UNPAUSE ends it.
     */
    private static Map<String, Long> pauses(List<QueueEventView> ordered, Instant from, Instant to) {
        Map<String, Long> byReason = new HashMap<>();
        String reason = null;
        Instant since = from;
        boolean seen = false;
        for (QueueEventView e : ordered) {
            if (e.type() == QueueEventType.PAUSE) {
                String given = e.reason().orElse("");
                if (reason == null || !reason.equals(given)) {
                    if (reason != null) {
                        add(byReason, reason, since, e.at());
                    }
                    since = e.at();
                    reason = given;
                }
                seen = true;
            } else if (e.type() == QueueEventType.UNPAUSE) {
                if (reason != null) {
                    add(byReason, reason, since, e.at());
                } else if (!seen) {
                    add(byReason, "", from, e.at());
                }
                reason = null;
                seen = true;
            }
        }
        if (reason != null) {
            add(byReason, reason, since, to);
        }
        return byReason;
    }

    private static void add(Map<String, Long> byReason, String reason, Instant start, Instant end) {
        byReason.merge(reason, Math.max(0, Duration.between(start, end).toSeconds()), Long::sum);
    }

    /** The union of the periods the agent was connected to at least one queue. */
    private static long connected(List<QueueEventView> ordered, Set<Long> staticQueues, Instant from, Instant to) {
        if (!staticQueues.isEmpty()) {
            return Math.max(0, Duration.between(from, to).toSeconds());
        }
        List<Instant[]> spans = new ArrayList<>();
        Map<Long, Instant> openSince = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (QueueEventView e : ordered) {
            if (e.type() == QueueEventType.AGENTLOGIN) {
                openSince.putIfAbsent(e.queueId(), e.at());
                seen.add(e.queueId());
            } else if (e.type() == QueueEventType.AGENTLOGOFF) {
                Instant start = openSince.remove(e.queueId());
                spans.add(new Instant[] {start != null ? start : seen.contains(e.queueId()) ? e.at() : from, e.at()});
                seen.add(e.queueId());
            }
        }
        openSince.values().forEach(start -> spans.add(new Instant[] {start, to}));
        spans.sort(Comparator.comparing(s -> s[0]));
        long total = 0;
        Instant start = null;
        Instant end = null;
        for (Instant[] s : spans) {
            if (end == null || s[0].isAfter(end)) {
                if (end != null) {
                    total += Duration.between(start, end).toSeconds();
                }
                start = s[0];
                end = s[1];
            } else if (s[1].isAfter(end)) {
                end = s[1];
            }
        }
        if (end != null) {
            total += Duration.between(start, end).toSeconds();
        }
        return total;
    }
}
