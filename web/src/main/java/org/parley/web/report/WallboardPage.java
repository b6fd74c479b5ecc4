package org.parley.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parley.web.console.ConsoleTime;

/**
 * The wallboard ({@code /wallboard.xhtml}, supervisors and administrators): every queue live and today, read again
 * whenever {@link WallboardPush} says something changed.
 */
@Named
@ViewScoped
public class WallboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WallboardReader reader;

    @Inject
    Clock clock;

    private List<WallboardRow> queues;
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
