package org.parley.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agent.AgentChanged;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueRemoved;
import org.parley.queue.QueueSaved;

/**
 * Live updates of the wallboard ({@code /wallboard.xhtml}): when a caller enters or leaves a queue, an agent changes
 * state, or a queue is saved or removed, every open wallboard gets {@value #CHANGED} on the Faces websocket channel
 * {@value #CHANNEL} and reads the board again. The message carries no data.
 *
 * <p>Changes come in bursts (a queue call moves its agent and writes several events within milliseconds), and the
 * day's figures come from the event log, which is stored behind the queues every 100 ms: so the first change of a
 * burst schedules one message {@value #DELAY_MILLIS} ms later, and the changes until then ride on it. Nothing is sent
 * while no wallboard is open. Created when the application starts, outside any request, as {@code AgentDeskPush}.
 */
@ApplicationScoped
public class WallboardPush {

    /** The websocket channel of the wallboard pages (application-wide: every open wallboard is told). */
    public static final String CHANNEL = "wallboard";
    /** The message: look again. */
    static final String CHANGED = "changed";
    /** How long after the first change of a burst the wallboards are told. */
    static final long DELAY_MILLIS = 300;

    private static final Logger LOG = Logger.getLogger(WallboardPush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext boards;

    @Resource
    ManagedScheduledExecutorService executor;

    Scheduling scheduling;

    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean due = new AtomicBoolean();

    /** Runs a task later (a seam for tests). */
    interface Scheduling {
        void later(Runnable task, long millis);
    }

    @PostConstruct
    void wire() {
        if (scheduling == null) {
            scheduling = (task, millis) -> executor.schedule(task, millis, TimeUnit.MILLISECONDS);
        }
    }

    void created(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine("Wallboard push ready");
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent socket) {
        if (CHANNEL.equals(socket.getChannel())) {
            open.incrementAndGet();
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent socket) {
        if (CHANNEL.equals(socket.getChannel())) {
            open.updateAndGet(n -> Math.max(0, n - 1));
        }
    }

    void onAgent(@Observes AgentChanged change) {
        changed();
    }

    void onQueueEvent(@Observes QueueEventView event) {
        changed();
    }

    void onQueueSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueSaved saved) {
        changed();
    }

    void onQueueRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueRemoved removed) {
        changed();
    }

    /** Schedules one message to every wallboard, unless one is due already or none is open. */
    void changed() {
        if (open.get() == 0 || !due.compareAndSet(false, true)) {
            return;
        }
        scheduling.later(this::send, DELAY_MILLIS);
    }

    private void send() {
        due.set(false);
        try {
            boards.send(CHANGED);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Wallboards not told of a change: {0}", e.toString());
        }
    }

    /** How many wallboards are open. */
    int open() {
        return open.get();
    }
}
