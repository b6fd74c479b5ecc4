package org.parley.web.agent;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agent.AgentChanged;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueEventView;
import org.parley.tracing.ScreenPopChanged;

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
 *
 * <p>Only extensions with a desk open are pushed to (the sockets' open and close events are counted): sending
 * encodes the message through JSON-P, whose provider lookup scans the class path each time, and agents change state
 * several times per queue call.
 */
@ApplicationScoped
public class AgentDeskPush {

    /** The websocket channel of the desk pages. */
    public static final String CHANNEL = "agentDesk";
    /** The message: something about this agent changed. */
    static final String CHANGED = "changed";
    /** The message: the screen pop of this extension changed (a call rings it, or no longer). */
    static final String CONTACT = "contact";

    private static final Logger LOG = Logger.getLogger(AgentDeskPush.class.getName());
    private static final Set<QueueEventType> MEMBERSHIP = Set.of(QueueEventType.AGENTLOGIN,
            QueueEventType.AGENTLOGOFF);

    @Inject
    @Push(channel = CHANNEL)
    PushContext desks;

    /** Sends off the caller's thread (a queue's lane, a call's lock): encoding a message is slow. */
    @Resource
    ManagedExecutorService executor;

    Executor sending;

    /** Open desk sockets per extension. */
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    @PostConstruct
    void wire() {
        if (sending == null) {
            sending = executor;
        }
    }

    void created(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine("Agent desk push ready");
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent socket) {
        deskOf(socket).ifPresent(extension -> open.merge(extension, 1, Integer::sum));
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent socket) {
        deskOf(socket).ifPresent(extension -> open.computeIfPresent(extension, (e, n) -> n > 1 ? n - 1 : null));
    }

    private static Optional<String> deskOf(WebsocketEvent socket) {
        return CHANNEL.equals(socket.getChannel()) && socket.getUser() != null
                ? Optional.of(socket.getUser().toString()) : Optional.empty();
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

    void onScreenPop(@Observes ScreenPopChanged change) {
        change.extensions().forEach(extension -> push(CONTACT, extension));
    }

    private void push(String extension) {
        push(CHANGED, extension);
    }

    private void push(String message, String extension) {
        if (!open.containsKey(extension)) {
            return;
        }
        sending.execute(() -> {
            try {
                desks.send(message, extension);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Agent desk of {0} not told of a change: {1}",
                        new Object[] {extension, e.toString()});
            }
        });
    }
}
