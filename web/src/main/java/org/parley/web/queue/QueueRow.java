package org.parley.web.queue;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueSettings;
import org.parley.queue.QueueStatus;

/** One line of the Queues dashboard: a queue, its codes, its connected agents and who waits. */
public class QueueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String extension;
    private final String strategy;
    private final String connectionNumber;
    private final String disconnectionNumber;
    private final List<String> connectedAgents;
    private final List<String> staticAgents;
    private final List<String> dynamicAgentsNotConnected;
    private final int waiting;
    private final long longestWaitSeconds;

    QueueRow(QueueSettings s, QueueStatus status, Instant now) {
        this.id = s.id();
        this.name = s.name();
        this.extension = s.extension();
        this.strategy = s.strategy().label();
        this.connectionNumber = s.connectionNumber().orElse("");
        this.disconnectionNumber = s.disconnectionNumber().orElse("");
        this.connectedAgents = status.connectedAgents();
        this.staticAgents = s.members(MemberKind.STATIC);
        this.dynamicAgentsNotConnected = s.members(MemberKind.DYNAMIC).stream()
                .filter(a -> !connectedAgents.contains(a)).toList();
        this.waiting = status.waiting().size();
        this.longestWaitSeconds = status.longestWait(now).map(Duration::toSeconds).orElse(0L);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getExtension() {
        return extension;
    }

    public String getStrategy() {
        return strategy;
    }

    public String getConnectionNumber() {
        return connectionNumber;
    }

    public String getDisconnectionNumber() {
        return disconnectionNumber;
    }

    public List<String> getConnectedAgents() {
        return connectedAgents;
    }

    /** Whether an agent is static (shown connected, cannot be disconnected). */
    public boolean isStatic(String agent) {
        return staticAgents.contains(agent);
    }

    public List<String> getDynamicAgentsNotConnected() {
        return dynamicAgentsNotConnected;
    }

    public int getWaiting() {
        return waiting;
    }

    public long getLongestWaitSeconds() {
        return longestWaitSeconds;
    }
}
