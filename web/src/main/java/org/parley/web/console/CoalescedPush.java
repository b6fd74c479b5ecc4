package org.parley.web.console;

import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.PushContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Look again" to every open page of one Faces websocket channel (application-wide), at most once per burst: the
 * first change schedules one message {@link #DELAY_MILLIS} ms later and the changes until then ride on it; nothing is
 * sent while no page of the channel is open. The message carries no data. Used by the wallboard and the dashboard.
 */
public final class CoalescedPush {

    /** The message. */
    public static final String CHANGED = "changed";
    /** How long after the first change of a burst the pages are told. */
    public static final long DELAY_MILLIS = 300;

    private static final Logger LOG = Logger.getLogger(CoalescedPush.class.getName());

    /** Runs a task later. */
    public interface Scheduling {
        void later(Runnable task, long millis);
    }

    private final String channel;
    private final PushContext pages;
    private final Scheduling scheduling;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean due = new AtomicBoolean();

    public CoalescedPush(String channel, PushContext pages, Scheduling scheduling) {
        this.channel = channel;
        this.pages = pages;
        this.scheduling = scheduling;
    }

    /** Counts a socket of this channel opening. */
    public void opened(WebsocketEvent socket) {
        if (channel.equals(socket.getChannel())) {
            open.incrementAndGet();
        }
    }

    /** Counts a socket of this channel closing. */
    public void closed(WebsocketEvent socket) {
        if (channel.equals(socket.getChannel())) {
            open.updateAndGet(n -> Math.max(0, n - 1));
        }
    }

    /** How many pages of the channel are open. */
    public int open() {
        return open.get();
    }

    /** Schedules one message to every open page, unless one is due already or none is open. */
    public void changed() {
        if (open.get() == 0 || !due.compareAndSet(false, true)) {
            return;
        }
        scheduling.later(this::send, DELAY_MILLIS);
    }

    private void send() {
        due.set(false);
        try {
            pages.send(CHANGED);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pages of channel {0} not told of a change: {1}",
                    new Object[] {channel, e.toString()});
        }
    }
}
