package org.parley.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parley.queue.QueueStatistics;
import org.parley.queue.QueueTimeline;

/**
 * Chart.js configurations (the JSON {@code p:chart} takes) of queue figures: calls per slot, service level per slot,
 * callers waiting over time. Times are written in UTC, as the console writes them.
 */
public final class QueueCharts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private QueueCharts() {
    }

    /** Offered, answered and abandoned calls per slot, as bars. */
    public static String volumes(List<QueueTimeline.Slot> slots, Duration width) {
        return chart("bar", labels(slots, width), List.of(
                dataset("Offered", "#64b5f6", slots, s -> Optional.of((double) s.offered())),
                dataset("Answered", "#66bb6a", slots, s -> Optional.of((double) s.answered())),
                dataset("Abandoned", "#ef5350", slots, s -> Optional.of((double) s.abandoned()))),
                Optional.empty());
    }

    /** The service level per slot (%), a line with gaps where nothing was answered. */
    public static String serviceLevel(List<QueueTimeline.Slot> slots, Duration width) {
        return chart("line", labels(slots, width), List.of(dataset("Service level (%)", "#1f3a5f", slots,
                QueueStatistics::serviceLevel)), Optional.of(100));
    }

    /** Callers waiting at each sample, a stepped line. */
    public static String waiting(List<WaitingSamples.Sample> samples) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        samples.forEach(s -> {
            labels.add(TIME.format(s.at()));
            values.add(s.waiting());
        });
        JsonObject set = Json.createObjectBuilder().add("label", "Callers waiting").add("data", values)
                .add("borderColor", "#ffb300").add("backgroundColor", "#ffb300").add("stepped", true)
                .add("pointRadius", 0).build();
        return chart("line", labels, List.of(set), Optional.empty());
    }

    /** Calls started and answered per hour of a day (from its 00:00 UTC), as bars. */
    public static String callsPerHour(Instant day, List<Instant> started, List<Instant> answered) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        long[] starts = perHour(day, started);
        long[] answers = perHour(day, answered);
        JsonArrayBuilder s = Json.createArrayBuilder();
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int h = 0; h < 24; h++) {
            labels.add(TIME.format(day.plus(Duration.ofHours(h))));
            s.add(starts[h]);
            a.add(answers[h]);
        }
        return chart("bar", labels, List.of(
                Json.createObjectBuilder().add("label", "Calls").add("data", s).add("backgroundColor", "#64b5f6")
                        .build(),
                Json.createObjectBuilder().add("label", "Answered").add("data", a)
                        .add("backgroundColor", "#66bb6a").build()), Optional.empty());
    }

    private static long[] perHour(Instant day, List<Instant> times) {
        long[] hours = new long[24];
        times.forEach(t -> {
            long h = Duration.between(day, t).toHours();
            if (!t.isBefore(day) && h < 24) {
                hours[(int) h]++;
            }
        });
        return hours;
    }

    private static JsonArrayBuilder labels(List<QueueTimeline.Slot> slots, Duration width) {
        DateTimeFormatter format = width.compareTo(Duration.ofDays(1)) >= 0 ? DAY
                : slots.size() > 0 && Duration.between(slots.get(0).start(), slots.get(slots.size() - 1).start())
                        .compareTo(Duration.ofDays(1)) >= 0 ? DAY_TIME : TIME;
        JsonArrayBuilder labels = Json.createArrayBuilder();
        slots.forEach(s -> labels.add(format.format(s.start())));
        return labels;
    }

    private static JsonObject dataset(String label, String colour, List<QueueTimeline.Slot> slots,
            Function<QueueStatistics, Optional<Double>> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        slots.forEach(s -> value.apply(s.figures()).ifPresentOrElse(data::add, data::addNull));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour).build();
    }

    private static String chart(String type, JsonArrayBuilder labels, List<JsonObject> datasets,
            Optional<Integer> max) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        max.ifPresent(m -> y.add("max", m));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    /** The slot width of a period's volume chart: 15 minutes up to a day, an hour up to a week, else a day. */
    public static Duration volumeWidth(Instant from, Instant to) {
        Duration length = Duration.between(from, to);
        if (length.compareTo(Duration.ofDays(1)) <= 0) {
            return Duration.ofMinutes(15);
        }
        return length.compareTo(Duration.ofDays(7)) <= 0 ? Duration.ofHours(1) : Duration.ofDays(1);
    }

    /** The slot width of a period's service-level chart: an hour up to a week, else a day. */
    public static Duration serviceLevelWidth(Instant from, Instant to) {
        return Duration.between(from, to).compareTo(Duration.ofDays(7)) <= 0 ? Duration.ofHours(1)
                : Duration.ofDays(1);
    }
}
