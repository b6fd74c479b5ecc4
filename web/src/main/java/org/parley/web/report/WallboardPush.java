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
import java.util.logging.Logger;
import org.parley.agent.AgentChanged;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueRemoved;
import org.parley.queue.QueueSaved;
import org.parley.web.console.CoalescedPush;

/**
 * Live updates of the wallboard ({@code /wallboard.xhtml}): when a caller enters or leaves a queue, an agent changes
 * state, or a queue is saved or removed, every open wallboard gets {@code changed} on the Faces websocket channel
 * {@value #CHANNEL} and reads the board again.
 *
 * <p>A burst of changes (a queue call moves its agent and writes several events within milliseconds) is one message
 * ({@link CoalescedPush}); its delay also lets the event log's write-behind batch (every 100 ms) reach the database,
 * so the day's figures read after it include the change. Created when the application starts, outside any request,
 * as {@code AgentDeskPush}.
 */
@ApplicationScoped
public class WallboardPush {

    /** The websocket channel of the wallboard pages (application-wide: every open wallboard is told). */
    public static final String CHANNEL = "wallboard";

    private static final Logger LOG = Logger.getLogger(WallboardPush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext boards;

    @Resource
    ManagedScheduledExecutorService executor;

    CoalescedPush.Scheduling scheduling;

    private CoalescedPush push;

    @PostConstruct
    void wire() {
        if (scheduling == null) {
            scheduling = (task, millis) -> executor.schedule(task, millis, TimeUnit.MILLISECONDS);
        }
        push = new CoalescedPush(CHANNEL, boards, scheduling);
    }

    void created(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine("Wallboard push ready");
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent socket) {
        push.opened(socket);
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent socket) {
        push.closed(socket);
    }

    void onAgent(@Observes AgentChanged change) {
        push.changed();
    }

    void onQueueEvent(@Observes QueueEventView event) {
        push.changed();
    }

    void onQueueSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueSaved saved) {
        push.changed();
    }

    void onQueueRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueRemoved removed) {
        push.changed();
    }

    /** How many wallboards are open. */
    int open() {
        return push.open();
    }
}
