package org.parley.web.report;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalLong;
import org.parley.queue.QueueStatistics;
import org.parley.queue.QueueThresholds;

/**
 * One line of the wallboard: a queue (or all of them) now and today.
 *
 * @see WallboardPage
 */
public class WallboardRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String name;
    private final int waiting;
    private int callbacks;
    private final Long longestWaitSeconds;
    private final AgentTally agents;
    private final long offered;
    private final long answered;
    private final long abandoned;
    private final long timedOut;
    private final long serviceLevelSeconds;
    private final String serviceLevel;
    private final String averageAnswer;
    private final String abandonRate;
    private final String averageTalk;

    private final String waitingClass;
    private final String longestWaitClass;
    private final String serviceLevelClass;
    private final String abandonRateClass;

    WallboardRow(String key, String name, int waiting, OptionalLong longestWaitSeconds, AgentTally agents,
            QueueStatistics today, QueueThresholds thresholds) {
        this.key = key;
        this.name = name;
        this.waiting = waiting;
        this.longestWaitSeconds = longestWaitSeconds.isPresent() ? longestWaitSeconds.getAsLong() : null;
        this.agents = agents;
        this.offered = today.offered();
        this.answered = today.answered();
        this.abandoned = today.abandoned();
        this.timedOut = today.timedOut();
        this.serviceLevelSeconds = today.serviceThreshold().toSeconds();
        this.serviceLevel = Figure.percent(today.serviceLevel());
        this.averageAnswer = Figure.duration(today.averageAnswer());
        this.abandonRate = Figure.percent(today.abandonRate());
        this.averageTalk = Figure.duration(today.averageTalk());
        this.waitingClass = styleOf(thresholds.waiting(waiting));
        this.longestWaitClass = styleOf(thresholds.longestWait(Optional.ofNullable(this.longestWaitSeconds)));
        this.serviceLevelClass = styleOf(thresholds.serviceLevel(today.serviceLevel()));
        this.abandonRateClass = styleOf(thresholds.abandonRate(today.abandonRate()));
    }

    /** The style class of a coloured figure: {@code wb-amber}, {@code wb-red}, or none. */
    static String styleOf(QueueThresholds.Alert alert) {
        return switch (alert) {
            case NONE -> "";
            case AMBER -> "wb-amber";
            case RED -> "wb-red";
        };
    }

    public String getWaitingClass() {
        return waitingClass;
    }

    public String getLongestWaitClass() {
        return longestWaitClass;
    }

    public String getServiceLevelClass() {
        return serviceLevelClass;
    }

    public String getAbandonRateClass() {
        return abandonRateClass;
    }

    /** The queue's id, or {@code total}: names the row's cells for tests and styles. */
    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    /** With how many callbacks among the waiting (docs/queues.md, "Callback"). */
    WallboardRow withCallbacks(int waitingCallbacks) {
        callbacks = waitingCallbacks;
        return this;
    }

    /** Callbacks keeping callers' places, among the waiting. */
    public int getCallbacks() {
        return callbacks;
    }

    public int getWaiting() {
        return waiting;
    }

    /** How long the first caller has waited when the page was read (the browser counts on from there); or null. */
    public Long getLongestWaitSeconds() {
        return longestWaitSeconds;
    }

    public String getLongestWait() {
        return longestWaitSeconds == null ? Figure.NONE : Figure.clock(longestWaitSeconds);
    }

    public AgentTally getAgents() {
        return agents;
    }

    public long getOffered() {
        return offered;
    }

    public long getAnswered() {
        return answered;
    }

    public long getAbandoned() {
        return abandoned;
    }

    public long getTimedOut() {
        return timedOut;
    }

    public long getServiceLevelSeconds() {
        return serviceLevelSeconds;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public String getAverageAnswer() {
        return averageAnswer;
    }

    public String getAbandonRate() {
        return abandonRate;
    }

    public String getAverageTalk() {
        return averageTalk;
    }
}
