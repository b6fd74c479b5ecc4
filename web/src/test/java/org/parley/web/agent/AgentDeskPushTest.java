package org.parley.web.agent;

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

/** The desk push reaches the extensions whose desk is open, and only while it is. */
class AgentDeskPushTest {

    private final List<Serializable> sentTo = new ArrayList<>();
    private final AgentDeskPush push = new AgentDeskPush();

    AgentDeskPushTest() {
        push.desks = new RecordingPushContext();
        push.sending = Runnable::run;
    }

    @Test
    void anAgentWithoutAnOpenDeskIsNotPushedTo() {
        push.onAgent(changeOf("2001"));
        assertEquals(List.of(), sentTo);
    }

    @Test
    void anOpenDeskIsPushedToUntilItsLastSocketCloses() {
        push.opened(socket("2001", null));
        push.opened(socket("2001", null));
        push.opened(new WebsocketEvent("otherChannel", "2002", null));
        push.onAgent(changeOf("2001"));
        push.onAgent(changeOf("2002"));
        assertEquals(List.of("2001"), sentTo, "only the desk channel's sockets count");

        push.closed(socket("2001", CloseReason.CloseCodes.GOING_AWAY));
        push.onAgent(changeOf("2001"));
        assertEquals(List.of("2001", "2001"), sentTo, "a second tab is still open");

        push.closed(socket("2001", CloseReason.CloseCodes.GOING_AWAY));
        push.onAgent(changeOf("2001"));
        assertEquals(List.of("2001", "2001"), sentTo);
    }

    private static WebsocketEvent socket(String extension, CloseReason.CloseCode code) {
        return new WebsocketEvent(AgentDeskPush.CHANNEL, extension, code);
    }

    private static AgentChanged changeOf(String extension) {
        return new AgentChanged(AgentView.loggedOut(extension, Instant.EPOCH), List.of(), false);
    }

    private final class RecordingPushContext implements PushContext {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<Future<Void>> send(Object message) {
            throw new UnsupportedOperationException("desks are pushed to per user");
        }

        @Override
        public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
            sentTo.add(user);
            return Set.of();
        }

        @Override
        public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
            throw new UnsupportedOperationException("one user at a time");
        }
    }
}
