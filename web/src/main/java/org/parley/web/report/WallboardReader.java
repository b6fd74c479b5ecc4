package org.parley.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agent.AgentService;
import org.parley.queue.LiveQueues;
import org.parley.queue.QueueFigures;
import org.parley.queue.QueueMemberView;
import org.parley.queue.QueueNotFoundException;
import org.parley.queue.QueueReport;
import org.parley.queue.QueueService;
import org.parley.queue.QueueStatus;
import org.parley.queue.QueueThresholds;

/**
 * Reads the wallboard: each queue's live state (who waits, its agents' states) beside its figures since midnight
 * UTC, from {@link QueueFigures} (the computation of {@code /api/queues/{id}/stats}), and the totals.
 */
@ApplicationScoped
public class WallboardReader {

    /** The key of the totals row. */
    static final String TOTAL = "total";

    private static final Logger LOG = Logger.getLogger(WallboardReader.class.getName());

    @Inject
    QueueFigures figures;

    @Inject
    LiveQueues live;

    @Inject
    AgentService agents;

    @Inject
    QueueService queues;

    /** The wallboard as it is at {@code now}. */
    public Wallboard read(Instant now) {
        QueueFigures.Board board = figures.board(Optional.of(today(now)), Optional.empty());
        List<WallboardRow> rows = new ArrayList<>();
        Set<String> everyAgent = new LinkedHashSet<>();
        int waiting = 0;
        int callbacks = 0;
        OptionalLong longest = OptionalLong.empty();
        for (QueueReport report : board.queues()) {
            QueueStatus status = live.status(report.queue().id());
            AgentTally tally = new AgentTally();
            for (QueueMemberView member : report.queue().members()) {
                everyAgent.add(member.extension());
                if (status.connectedAgents().contains(member.extension())) {
                    tally.add(agents.find(member.extension()));
                } else {
                    tally.addLoggedOff();
                }
            }
            OptionalLong wait = seconds(status.longestWait(now));
            rows.add(new WallboardRow(String.valueOf(report.queue().id()), report.queue().name(),
                    status.waiting().size(), wait, tally, report.figures(), report.queue().thresholds())
                    .withCallbacks(status.callbacksWaiting()));
            waiting += status.waiting().size();
            callbacks += status.callbacksWaiting();
            longest = longer(longest, wait);
        }
        AgentTally all = new AgentTally();
        everyAgent.forEach(extension -> all.add(agents.find(extension)));
        return new Wallboard(rows, new WallboardRow(TOTAL, "All queues", waiting, longest, all, board.total(),
                QueueThresholds.NONE).withCallbacks(callbacks));
    }

    /** Callers waiting in all queues now (a queue removed meanwhile counts nobody). */
    public int waitingNow() {
        int waiting = 0;
        for (var queue : queues.list()) {
            try {
                waiting += live.status(queue.id()).waiting().size();
            } catch (QueueNotFoundException removed) {
                LOG.log(Level.FINE, "Queue {0} removed while counting its callers", queue.id());
            }
        }
        return waiting;
    }

    /** Midnight UTC of {@code now}'s day: the wallboard's "today", as the reports' dates are UTC days. */
    static Instant today(Instant now) {
        return now.truncatedTo(ChronoUnit.DAYS);
    }

    private static OptionalLong seconds(Optional<Duration> wait) {
        return wait.map(d -> OptionalLong.of(d.toSeconds())).orElse(OptionalLong.empty());
    }

    private static OptionalLong longer(OptionalLong a, OptionalLong b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.getAsLong() >= b.getAsLong() ? a : b;
    }

    /**
     * The wallboard read once.
     *
     * @param queues each queue, by name
     * @param total  all queues together (each agent once, the longest wait of any queue)
     */
    public record Wallboard(List<WallboardRow> queues, WallboardRow total) {

        public Wallboard {
            queues = List.copyOf(queues);
        }
    }
}
