package org.parley.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallEvent;
import org.parley.queue.QueueEventView;
import org.parley.registrar.Registrations;
import org.parley.web.console.CoalescedPush;

/**
 * Live updates of the dashboard's live part: a call starting, changing or ending, a queue event, or the number of
 * registered phones changing sends {@code changed} on the Faces websocket channel {@value #CHANNEL} to every open
 * dashboard ({@link CoalescedPush}: one message per burst). The registrar announces no change, so while a dashboard
 * is open the number of registered phones (an in-memory count) is compared every {@value #REGISTRATIONS_SECONDS} s.
 */
@ApplicationScoped
public class DashboardPush {

    /** The websocket channel of the dashboard. */
    public static final String CHANNEL = "dashboard";
    /** How often the number of registered phones is compared while a dashboard is open. */
    static final int REGISTRATIONS_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(DashboardPush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext dashboards;

    @Inject
    Registrations registrations;

    @Resource
    ManagedScheduledExecutorService executor;

    private CoalescedPush push;
    private final AtomicInteger phones = new AtomicInteger(-1);
    private ScheduledFuture<?> watching;

    @PostConstruct
    void wire() {
        push = new CoalescedPush(CHANNEL, dashboards,
                (task, millis) -> executor.schedule(task, millis, TimeUnit.MILLISECONDS));
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        watching = executor.scheduleAtFixedRate(this::comparePhones, REGISTRATIONS_SECONDS, REGISTRATIONS_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (watching != null) {
            watching.cancel(false);
        }
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent socket) {
        push.opened(socket);
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent socket) {
        push.closed(socket);
    }

    void onCall(@Observes CallEvent event) {
        push.changed();
    }

    void onQueueEvent(@Observes QueueEventView event) {
        push.changed();
    }

    /** Tells the dashboards when the number of registered phones changed (only while one is open). */
    void comparePhones() {
        if (push.open() == 0) {
            return;
        }
        try {
            int now = registrations.count();
            if (phones.getAndSet(now) != now) {
                push.changed();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Registered phones not compared: {0}", e.toString());
        }
    }
}
