package org.parley.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Queue figures slot by slot (15 minutes, an hour …) over a period, for charts: each slot's figures are
 * {@link QueueStatistics} of the events that fall in it, so a chart and the table beside it agree.
 */
public final class QueueTimeline {

    private QueueTimeline() {
    }

    /**
     * A slot and its figures.
     *
     * @param start   when the slot begins (it lasts the timeline's width)
     * @param figures the figures of its events
     */
    public record Slot(Instant start, QueueStatistics figures) {
    }

    /**
     * The slots of {@code width} from {@code from} until {@code to} (the last one may end after it), each with the
     * figures of its events; events outside the period are left out.
     *
     * @param thresholds each queue's service-level threshold, by id
     * @param shown      the threshold to report (and to use for a queue missing in {@code thresholds})
     */
    public static List<Slot> of(List<QueueEventView> events, Map<Long, Duration> thresholds, Duration shown,
            Instant from, Instant to, Duration width) {
        if (!to.isAfter(from) || width.isZero() || width.isNegative()) {
            throw new IllegalArgumentException("a timeline needs a period and a positive width");
        }
        int count = (int) ((Duration.between(from, to).toMillis() + width.toMillis() - 1) / width.toMillis());
        List<List<QueueEventView>> bySlot = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bySlot.add(new ArrayList<>());
        }
        for (QueueEventView e : events) {
            if (!e.at().isBefore(from) && e.at().isBefore(to)) {
                bySlot.get((int) (Duration.between(from, e.at()).toMillis() / width.toMillis())).add(e);
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.add(new Slot(from.plus(width.multipliedBy(i)),
                    QueueStatistics.across(bySlot.get(i), thresholds, shown)));
        }
        return slots;
    }
}
