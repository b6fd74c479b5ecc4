package org.parley.web.queue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.queue.QueueEventLog;
import org.parley.queue.QueueFigures;
import org.parley.queue.QueueEventQuery;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueService;
import org.parley.queue.QueueSettings;
import org.parley.web.report.QueueCharts;
import org.parley.web.report.PeriodChoice;
import org.parley.web.report.ReportPeriod;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The console's Queue report ({@code /queue-report.xhtml?queue=ID}): one queue's events for a period (presets or
 * from / to), of the chosen types (all when none), optionally of one call, with plain-language labels; the same
 * selection as CSV.
 */
@Named
@ViewScoped
public class QueueReportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows shown at most (the CSV export has the REST limit). */
    private static final int SHOWN = 5_000;

    @Inject
    QueueService queues;

    @Inject
    QueueEventLog events;

    @Inject
    Clock clock;

    @Inject
    QueueFigures figures;

    private Long queueId;
    private String requested = "";
    private String queueName = "";
    private final PeriodChoice choice = new PeriodChoice();
    private List<String> types = new ArrayList<>();
    private String callId;
    private List<QueueEventRow> rows = List.of();
    private String volumesChart;
    private String serviceLevelChart;

    /** The queue named by the {@code queue} request parameter: its name and today's events. */
    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("queue");
        requested = param == null ? "" : param;
        Optional<QueueSettings> queue = param != null && param.matches("[0-9]{1,18}")
                ? queues.find(Long.parseLong(param)) : Optional.empty();
        if (queue.isPresent()) {
            queueId = queue.get().id();
            queueName = queue.get().name();
            apply();
        }
    }

    /** Whether the page names a queue that exists (else it says "no such queue"). */
    public boolean isKnown() {
        return queueId != null;
    }

    /** The {@code queue} parameter as given, for the "no such queue" message. */
    public String getRequested() {
        return requested;
    }

    public void apply() {
        rows = queueId == null ? List.of() : events.export(query(), SHOWN).stream().map(QueueEventRow::new).toList();
        readCharts();
    }

    /** The queue's calls and service level over the chosen period, when it has both ends (all events, any type). */
    private void readCharts() {
        QueueEventQuery q = query();
        volumesChart = null;
        serviceLevelChart = null;
        if (queueId == null || q.from().isEmpty() || q.to().isEmpty() || !q.to().get().isAfter(q.from().get())) {
            return;
        }
        Instant from = q.from().get();
        Instant to = q.to().get();
        Duration volumes = QueueCharts.volumeWidth(from, to);
        Duration service = QueueCharts.serviceLevelWidth(from, to);
        volumesChart = QueueCharts.volumes(figures.timeline(Optional.of(queueId), from, to, volumes), volumes);
        serviceLevelChart = QueueCharts.serviceLevel(figures.timeline(Optional.of(queueId), from, to, service),
                service);
    }

    /** Whether the period has both ends (charts need them). */
    public boolean isCharted() {
        return volumesChart != null;
    }

    public String getVolumesChart() {
        return volumesChart;
    }

    public String getServiceLevelChart() {
        return serviceLevelChart;
    }

    public void checkAll() {
        types = Arrays.stream(QueueEventType.values()).map(Enum::name).toList();
    }

    public void uncheckAll() {
        types = new ArrayList<>();
    }

    public StreamedContent getCsv() {
        List<QueueEventView> selected = events.export(query(), QueueResource.EXPORT_LIMIT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueueEventCsv.write(selected, out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("parley-queue-" + queueId + "-events.csv")
                .contentType("text/csv").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    QueueEventQuery query() {
        ReportPeriod.Days days = choice.days(clock);
        Set<QueueEventType> selected = EnumSet.noneOf(QueueEventType.class);
        types.forEach(t -> QueueEventType.named(t).ifPresent(selected::add));
        return new QueueEventQuery(queueId, days.start(), days.end(), selected,
                Optional.ofNullable(callId).map(String::strip).filter(s -> !s.isEmpty()), Optional.empty());
    }

    public List<QueueEventType> getEventTypes() {
        return List.of(QueueEventType.values());
    }

    public Long getQueueId() {
        return queueId;
    }

    public String getQueueName() {
        return queueName;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public List<QueueEventRow> getRows() {
        return rows;
    }

    /** The period fields (preset, from, to). */
    public PeriodChoice getChoice() {
        return choice;
    }
}
