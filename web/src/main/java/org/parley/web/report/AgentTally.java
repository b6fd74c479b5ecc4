package org.parley.web.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.agent.AgentView;

/** How many agents are in each state the wallboard shows, and why the paused ones paused. */
public class AgentTally implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The states a wallboard tells apart. */
    public enum Column {
        AVAILABLE, RINGING, ON_CALL, WRAP_UP, PAUSED, LOGGED_OFF;

        /**
         * Where an agent counts: an agent free for queues but busy on a call of their own is on a call; a pause
         * noted during a ring or a call shows once it applies.
         */
        static Column of(AgentView agent) {
            return switch (agent.state()) {
                case LOGGED_OUT -> LOGGED_OFF;
                case AVAILABLE -> agent.busy() ? ON_CALL : AVAILABLE;
                case RINGING -> RINGING;
                case IN_CALL -> ON_CALL;
                case WRAP_UP -> WRAP_UP;
                case PAUSED -> PAUSED;
            };
        }
    }

    private final Map<Column, Integer> counts = new EnumMap<>(Column.class);
    private final List<String> pauses = new ArrayList<>();

    /** Counts an agent connected to the queue (a logged-out view counts as logged off). */
    public void add(AgentView agent) {
        Column column = Column.of(agent);
        counts.merge(column, 1, Integer::sum);
        if (column == Column.PAUSED) {
            pauses.add(agent.extension() + agent.pauseReason().map(r -> ": " + r).orElse(""));
        }
    }

    /** Counts a member of the queue not connected to it. */
    public void addLoggedOff() {
        counts.merge(Column.LOGGED_OFF, 1, Integer::sum);
    }

    public int count(Column column) {
        return counts.getOrDefault(column, 0);
    }

    public int getAvailable() {
        return count(Column.AVAILABLE);
    }

    public int getRinging() {
        return count(Column.RINGING);
    }

    public int getOnCall() {
        return count(Column.ON_CALL);
    }

    public int getWrapUp() {
        return count(Column.WRAP_UP);
    }

    public int getPaused() {
        return count(Column.PAUSED);
    }

    public int getLoggedOff() {
        return count(Column.LOGGED_OFF);
    }

    /** The paused agents with their reasons ("1001: lunch"), in the order counted. */
    public List<String> getPauses() {
        return List.copyOf(pauses);
    }

    /** The same, on one line ("1001: lunch, 1002"). */
    public String getPausesText() {
        return String.join(", ", pauses);
    }
}
