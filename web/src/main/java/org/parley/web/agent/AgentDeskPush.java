package org.parley.web.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agent.AgentChanged;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueEventView;

/**
 * Live updates of the agent desk ({@code /desk.xhtml}): when an agent's state changes (paused by a supervisor, rung
 * by a queue, logged in by feature code …) or they connect to or leave a queue, the desk pages open for that
 * extension get the message {@code changed} on the Faces websocket channel {@value #CHANNEL} (user-targeted: the
 * user of a desk's socket is its extension) and read the agent again.
 *
 * <p>Created when the application starts, outside any request: a {@link PushContext} made during a request would
 * take that request's HTTP session as its own (a REST call would get one). Sending only queues the message on each
 * socket, so the observers stay as quick as {@link AgentChanged} asks; a failure to push is logged and never reaches
 * the agent feature.
 */
@ApplicationScoped
public class AgentDeskPush {

    /** The websocket channel of the desk pages. */
    public static final String CHANNEL = "agentDesk";
    /** The message: something about this agent changed. */
    static final String CHANGED = "changed";

    private static final Logger LOG = Logger.getLogger(AgentDeskPush.class.getName());
    private static final Set<QueueEventType> MEMBERSHIP = Set.of(QueueEventType.AGENTLOGIN,
            QueueEventType.AGENTLOGOFF);

    @Inject
    @Push(channel = CHANNEL)
    PushContext desks;

    void created(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine("Agent desk push ready");
    }

    void onAgent(@Observes AgentChanged change) {
        push(change.agent().extension());
    }

    /** Connecting to a second queue, or leaving one of several, changes no state: the queue's log says it. */
    void onQueueEvent(@Observes QueueEventView event) {
        if (MEMBERSHIP.contains(event.type())) {
            event.agent().ifPresent(this::push);
        }
    }

    private void push(String extension) {
        try {
            desks.send(CHANGED, extension);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Agent desk of {0} not told of a change: {1}", new Object[] {extension, e.toString()});
        }
    }
}
