package org.parley.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.parley.platform.error.InvalidInputException;
import org.parley.queue.AgentStatistics;
import org.parley.queue.QueueFigures;
import org.parley.queue.QueueMemberView;
import org.parley.queue.QueueService;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.FieldMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The console's Agent report ({@code /agent-report.xhtml}, supervisors and administrators): one agent's figures over
 * every queue for a period, as {@code /api/agents/{extension}/stats} gives them, and the same as CSV.
 */
@Named
@ViewScoped
public class AgentReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QueueFigures figures;

    @Inject
    QueueService queues;

    @Inject
    Clock clock;

    private List<String> agents = List.of();
    private String agent;
    private final PeriodChoice choice = new PeriodChoice();
    private AgentStatistics shown;

    /** Every agent of a queue; today's figures of the one the {@code agent} parameter names, or of the first. */
    @PostConstruct
    void init() {
        agents = List.copyOf(new TreeSet<>(queues.list().stream().flatMap(q -> q.members().stream())
                .map(QueueMemberView::extension).toList()));
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("agent");
        agent = agents.contains(asked) ? asked : agents.stream().findFirst().orElse(null);
        apply();
    }

    /** Reads the chosen agent's figures for the chosen period. */
    public void apply() {
        if (agent == null || agent.isBlank()) {
            shown = null;
            return;
        }
        Instant now = clock.instant();
        ReportPeriod.Days days = choice.days(clock);
        AgentPeriod chosen;
        try {
            chosen = AgentPeriod.of(days.start(), days.end(), now);
        } catch (InvalidInputException e) {
            FieldMessages.error("Choose a period that has begun");
            shown = null;
            return;
        }
        shown = figures.agent(agent, chosen.from(), chosen.to());
    }

    public StreamedContent getCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional.ofNullable(shown).ifPresent(s -> AgentStatsCsv.write(s, out));
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("parley-agent-" + agent + "-stats.csv").contentType("text/csv")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isShown() {
        return shown != null;
    }

    public String getPeriodText() {
        return shown == null ? "" : ConsoleTime.format(shown.from()) + " – " + ConsoleTime.format(shown.to());
    }

    public long getAnswered() {
        return shown == null ? 0 : shown.answered();
    }

    public long getMissed() {
        return shown == null ? 0 : shown.missed();
    }

    public String getTalk() {
        return shown == null ? Figure.NONE : Figure.clock(shown.talkSeconds());
    }

    public String getPaused() {
        return shown == null ? Figure.NONE : Figure.clock(shown.pausedSeconds());
    }

    public String getConnected() {
        return shown == null ? Figure.NONE : Figure.clock(shown.connectedSeconds());
    }

    public String getOccupancy() {
        return shown == null ? Figure.NONE : Figure.percent(shown.occupancy());
    }

    /** Pause time by reason, written as a clock ("(no reason)" for a pause without one). */
    public List<Map.Entry<String, String>> getPauses() {
        return shown == null ? List.of() : shown.pauseSeconds().entrySet().stream()
                .map(e -> Map.entry(e.getKey().isEmpty() ? "(no reason)" : e.getKey(), Figure.clock(e.getValue())))
                .toList();
    }

    public List<String> getAgents() {
        return agents;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    /** The period fields (preset, from, to). */
    public PeriodChoice getChoice() {
        return choice;
    }
}
