package org.parley.web.agent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.agent.AgentService;
import org.parley.agent.AgentState;
import org.parley.agent.AgentStateException;
import org.parley.agent.AgentView;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.queue.LiveQueues;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueService;
import org.parley.queue.QueueSettings;
import org.parley.security.UserService;
import org.parley.security.UserView;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;

/**
 * The agent desk, "My queues" ({@code /desk.xhtml}): the signed-in user's linked extension as an agent. The queues it
 * belongs to, connecting to and disconnecting from those it is a dynamic agent of, pausing with a reason and resuming.
 * Acts only for that extension, through the same services as {@code /api/agents/{extension}}.
 */
@Named
@ViewScoped
public class AgentDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("reason", "pauseForm:reason");
    private static final Map<AgentState, String> STATES = Map.of(
            AgentState.LOGGED_OUT, "disconnected",
            AgentState.AVAILABLE, "available",
            AgentState.RINGING, "ringing",
            AgentState.IN_CALL, "on a call",
            AgentState.WRAP_UP, "wrap-up",
            AgentState.PAUSED, "paused");

    @Inject
    AgentService agents;

    @Inject
    LiveQueues live;

    @Inject
    QueueService queues;

    @Inject
    UserService users;

    @Inject
    CurrentUser user;

    private String extension;
    private String reason;
    private List<DeskQueueRow> rows = List.of();
    private AgentView agent;

    @PostConstruct
    void init() {
        extension = users.find(user.getName()).flatMap(UserView::extension).orElse(null);
        refresh();
    }

    /** Reads the queues and the agent's state again. */
    public void refresh() {
        if (extension == null) {
            return;
        }
        agent = agents.find(extension);
        rows = queues.list().stream()
                .flatMap(q -> q.kindOf(extension).map(kind -> row(q, kind)).stream())
                .toList();
    }

    private DeskQueueRow row(QueueSettings queue, MemberKind kind) {
        boolean dynamic = kind == MemberKind.DYNAMIC;
        return new DeskQueueRow(queue.id(), queue.name(), queue.extension(), dynamic,
                !dynamic || agent.queues().contains(queue.id()));
    }

    /** The extension linked to the signed-in user; empty when none. */
    public String getExtension() {
        return extension == null ? "" : extension;
    }

    public boolean isLinked() {
        return extension != null;
    }

    public List<DeskQueueRow> getQueues() {
        return rows;
    }

    /** The agent's state in words: available, ringing, on a call, wrap-up, paused (or disconnected). */
    public String getState() {
        if (agent == null) {
            return "";
        }
        if (agent.state() == AgentState.AVAILABLE && agent.busy()) {
            return STATES.get(AgentState.IN_CALL);
        }
        return STATES.get(agent.state());
    }

    /** Why the agent paused, if they did and said why. */
    public String getPauseReason() {
        return agent == null ? "" : agent.pauseReason().orElse("");
    }

    public boolean isPaused() {
        return agent != null && (agent.state() == AgentState.PAUSED || agent.pauseNoted());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void connect(DeskQueueRow queue) {
        act(() -> live.connect(queue.getId(), extension), "Connected to queue " + queue.getName());
    }

    public void disconnect(DeskQueueRow queue) {
        act(() -> live.disconnect(queue.getId(), extension), "Disconnected from queue " + queue.getName());
    }

    /** Pauses with the reason typed (optional). */
    public void pause() {
        String why = Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
        if (act(() -> agents.pause(extension, why), why == null ? "Paused" : "Paused: " + why)) {
            reason = null;
        }
    }

    public void resume() {
        act(() -> agents.unpause(extension), "Resumed");
    }

    /** Runs an action for the linked extension (the desk acts for nobody else), shows how it went, reads again. */
    private boolean act(Runnable action, String done) {
        boolean ok = false;
        if (extension == null) {
            FieldMessages.error("Your user is not linked to an extension");
            return false;
        }
        try {
            action.run();
            FieldMessages.info(done);
            ok = true;
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (AgentStateException e) {
            FieldMessages.error(e.getMessage());
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
        return ok;
    }
}
