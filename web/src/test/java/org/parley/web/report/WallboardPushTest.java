package org.parley.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.PushContext;
import jakarta.websocket.CloseReason;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.agent.AgentChanged;
import org.parley.agent.AgentView;
import org.parley.web.console.CoalescedPush;

/** Wallboards are told of a burst of changes once, and only while one is open. */
class WallboardPushTest {

    private final List<Object> sent = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final WallboardPush push = new WallboardPush();

    WallboardPushTest() {
        push.boards = new RecordingPushContext();
        push.scheduling = (task, millis) -> scheduled.add(task);
        push.wire();
    }

    @Test
    void nothingIsSentWhileNoWallboardIsOpen() {
        push.onAgent(change());
        assertEquals(List.of(), scheduled);
    }

    @Test
    void aBurstOfChangesIsOneMessageAndTheNextBurstAnother() {
        push.opened(new WebsocketEvent(WallboardPush.CHANNEL, null, null));
        push.opened(new WebsocketEvent("agentDesk", "2001", null));

        push.onAgent(change());
        push.onAgent(change());
        push.onQueueRemoved(null);
        assertEquals(1, scheduled.size(), "one message for the burst");
        scheduled.remove(0).run();
        assertEquals(List.of(CoalescedPush.CHANGED), sent);

        push.onQueueRemoved(null);
        assertEquals(1, scheduled.size(), "a change after the message is told again");
        scheduled.remove(0).run();
        assertEquals(2, sent.size());

        push.closed(new WebsocketEvent(WallboardPush.CHANNEL, null, CloseReason.CloseCodes.GOING_AWAY));
        push.onQueueRemoved(null);
        assertEquals(List.of(), scheduled, "the last wallboard closed");
        assertEquals(0, push.open());
    }

    private static AgentChanged change() {
        return new AgentChanged(AgentView.loggedOut("2001", Instant.EPOCH), List.of(), false);
    }

    private final class RecordingPushContext implements PushContext {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<Future<Void>> send(Object message) {
            sent.add(message);
            return Set.of();
        }

        @Override
        public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
            throw new UnsupportedOperationException("wallboards are pushed to all at once");
        }

        @Override
        public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
            throw new UnsupportedOperationException("wallboards are pushed to all at once");
        }
    }
}
