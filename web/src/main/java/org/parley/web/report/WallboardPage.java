package org.parley.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.queue.QueueFigures;
import org.parley.web.console.ConsoleTime;

/**
 * The wallboard ({@code /wallboard.xhtml}, supervisors and administrators): every queue live and today, read again
 * whenever {@link WallboardPush} says something changed.
 */
@Named
@ViewScoped
public class WallboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The day's charts are read again at most this often (each reading reads the day's events). */
    static final Duration CHARTS_EVERY = Duration.ofMinutes(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    WallboardReader reader;

    @Inject
    Clock clock;

    @Inject
    QueueFigures figures;

    @Inject
    WaitingSamples samples;

    private List<WallboardRow> queues;
    private String volumesChart;
    private String serviceLevelChart;
    private String waitingChart;
    private Instant chartsReadAt;
    private WallboardRow total;
    private String readAt;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the wallboard again. */
    public void refresh() {
        Instant now = clock.instant();
        WallboardReader.Wallboard board = reader.read(now);
        queues = board.queues();
        total = board.total();
        readAt = ConsoleTime.format(now);
        if (chartsReadAt == null || !now.isBefore(chartsReadAt.plus(CHARTS_EVERY))) {
            readCharts(now);
        }
        waitingChart = QueueCharts.waiting(samples.lastHour());
    }

    /** Today's calls per 15 minutes and service level per hour, all queues together, until the current slot. */
    private void readCharts(Instant now) {
        Instant today = WallboardReader.today(now);
        volumesChart = QueueCharts.volumes(figures.timeline(Optional.empty(), today, slotEnd(today, now, QUARTER),
                QUARTER), QUARTER);
        serviceLevelChart = QueueCharts.serviceLevel(figures.timeline(Optional.empty(), today,
                slotEnd(today, now, HOUR), HOUR), HOUR);
        chartsReadAt = now;
    }

    /** The end of the slot {@code now} falls in. */
    static Instant slotEnd(Instant start, Instant now, Duration width) {
        long slots = Duration.between(start, now).toMillis() / width.toMillis() + 1;
        return start.plus(width.multipliedBy(slots));
    }

    public String getVolumesChart() {
        return volumesChart;
    }

    public String getServiceLevelChart() {
        return serviceLevelChart;
    }

    public String getWaitingChart() {
        return waitingChart;
    }

    public List<WallboardRow> getQueues() {
        return queues;
    }

    public WallboardRow getTotal() {
        return total;
    }

    public String getReadAt() {
        return readAt;
    }
}
