package org.parley.queue.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueMemberView;
import org.parley.queue.QueueSettings;

/**
 * A live queue's agents: static ones always connected, dynamic ones from their login (AGENTLOGIN) to their logoff
 * (AGENTLOGOFF). Changed only on the queue's lane.
 */
final class DynamicAgents {

    private static final Logger LOG = Logger.getLogger(DynamicAgents.class.getName());

    private final Map<String, Instant> connected = new LinkedHashMap<>();
    private final QueuePorts ports;
    private final QueueEventWriter events;

    DynamicAgents(QueuePorts ports, QueueEventWriter events) {
        this.ports = ports;
        this.events = events;
    }

    /** Agents connected now, in the queue's order: static ones always, dynamic ones once connected. */
    List<String> connectedAgents(QueueSettings settings) {
        return settings.members().stream()
                .filter(m -> m.kind() == MemberKind.STATIC || connected.containsKey(m.extension()))
                .map(QueueMemberView::extension).toList();
    }

    /** New settings: connected agents who are no dynamic agents of the queue any more are forgotten. */
    void keepMembersOf(QueueSettings next) {
        connected.keySet().removeIf(a -> !isDynamic(next, a));
    }

    /** A dynamic agent connects (AGENTLOGIN). @return false when they were connected already */
    boolean connect(QueueSettings settings, String agent) {
        if (!isDynamic(settings, agent)) {
            throw new IllegalArgumentException(agent + " is not a dynamic agent of queue " + settings.name());
        }
        if (connected.containsKey(agent)) {
            return false;
        }
        Instant now = ports.clock().instant();
        admit(settings, agent, now);
        events.agentLogin(agent, now);
        LOG.info(() -> "Agent " + agent + " connected to queue " + settings.name());
        return true;
    }

    /**
     * A dynamic agent who was connected when Parley stopped is connected again, as of their login (no new AGENTLOGIN:
     * the log already has it). @return false for an agent who is no dynamic agent of the queue any more, or connected
     */
    boolean reconnect(QueueSettings settings, String agent, Instant since) {
        if (!isDynamic(settings, agent) || connected.containsKey(agent)) {
            return false;
        }
        admit(settings, agent, since);
        LOG.info(() -> "Agent " + agent + " still connected to queue " + settings.name() + " (since " + since + ")");
        return true;
    }

    /** A dynamic agent disconnects (AGENTLOGOFF). @return false when they were not connected */
    boolean disconnect(QueueSettings settings, String agent) {
        Instant since = connected.remove(agent);
        if (since == null) {
            return false;
        }
        Instant now = ports.clock().instant();
        ports.agents().leave(agent, settings.id());
        events.agentLogoff(agent, since, now);
        LOG.info(() -> "Agent " + agent + " disconnected from queue " + settings.name());
        return true;
    }

    /** The queue is deleted: every dynamic agent is forgotten. */
    void clear() {
        connected.clear();
    }

    private void admit(QueueSettings settings, String agent, Instant since) {
        connected.put(agent, since);
        ports.agents().join(agent, settings.id());
    }

    private static boolean isDynamic(QueueSettings settings, String agent) {
        return settings.kindOf(agent).filter(k -> k == MemberKind.DYNAMIC).isPresent();
    }
}
