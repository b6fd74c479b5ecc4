package org.parley.web.queue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.platform.error.ConflictException;
import org.parley.platform.error.InvalidInputException;
import org.parley.queue.LiveQueues;
import org.parley.queue.MemberKind;
import org.parley.media.MusicClassView;
import org.parley.media.MusicOnHold;
import org.parley.queue.CallerAudio;
import org.parley.queue.QueueInput;
import org.parley.queue.QueueNotFoundException;
import org.parley.queue.QueueService;
import org.parley.queue.QueueSettings;
import org.parley.queue.Strategy;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;

/**
 * The console's Queues dashboard ({@code /queues.xhtml}): every queue with its extension, agent connection and
 * disconnection numbers, connected agents (static ones always) and waiting callers; connect or disconnect a dynamic
 * agent, open the report, add, edit or delete a queue.
 */
@Named
@ViewScoped
public class QueuesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("name", "queueForm:name"),
            Map.entry("extension", "queueForm:extension"), Map.entry("strategy", "queueForm:strategy"),
            Map.entry("maxWaitSeconds", "queueForm:maxWait"), Map.entry("fallback", "queueForm:fallback"),
            Map.entry("agentRingSeconds", "queueForm:agentRing"), Map.entry("retrySeconds", "queueForm:retry"),
            Map.entry("wrapUpSeconds", "queueForm:wrapUp"), Map.entry("maxCallers", "queueForm:maxCallers"),
            Map.entry("connectionNumber", "queueForm:connectionNumber"),
            Map.entry("disconnectionNumber", "queueForm:disconnectionNumber"),
            Map.entry("staticAgents", "queueForm:staticAgents"),
            Map.entry("dynamicAgents", "queueForm:dynamicAgents"),
            Map.entry("waitingAmber", "queueForm:waitingAmber"), Map.entry("waitingRed", "queueForm:waitingRed"),
            Map.entry("longestWaitAmberSeconds", "queueForm:longestWaitAmber"),
            Map.entry("longestWaitRedSeconds", "queueForm:longestWaitRed"),
            Map.entry("serviceLevelAmberPercent", "queueForm:serviceLevelAmber"),
            Map.entry("serviceLevelRedPercent", "queueForm:serviceLevelRed"),
            Map.entry("abandonRateAmberPercent", "queueForm:abandonRateAmber"),
            Map.entry("abandonRateRedPercent", "queueForm:abandonRateRed"),
            Map.entry("musicClass", "queueForm:musicClass"),
            Map.entry("announcement", "queueForm:announcement"),
            Map.entry("announceFrequency", "queueForm:announceFrequency"),
            Map.entry("ringingMode", "queueForm:ringingMode"),
            Map.entry("callbackKey", "queueForm:callbackKey"),
            Map.entry("callbackOfferAfterSeconds", "queueForm:callbackOfferAfter"),
            Map.entry("callbackRetries", "queueForm:callbackRetries"),
            Map.entry("callbackRetryDelaySeconds", "queueForm:callbackRetryDelay"));

    @Inject
    QueueService queues;

    @Inject
    LiveQueues live;

    @Inject
    Clock clock;

    @Inject
    MusicOnHold music;

    private List<QueueRow> rows;
    private String readAt;
    private QueueInput form = new QueueInput();
    private Long editing;
    private String staticAgents;
    private String dynamicAgents;
    private QueueRow connecting;
    private String agentToConnect;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the queues and their live state again. */
    public void refresh() {
        Instant now = clock.instant();
        rows = queues.list().stream().map(q -> new QueueRow(q, live.status(q.id()), now)).toList();
        readAt = ConsoleTime.format(now);
    }

    public void startCreate() {
        form = new QueueInput();
        editing = null;
        staticAgents = "";
        dynamicAgents = "";
    }

    public void startEdit(QueueRow row) {
        QueueSettings s = queues.find(row.getId()).orElseThrow(() -> new QueueNotFoundException(row.getId()));
        form = new QueueInput();
        form.setName(s.name());
        form.setExtension(s.extension());
        form.setStrategy(s.strategy().apiName());
        form.setMaxWaitSeconds((int) s.maxWait().toSeconds());
        form.setFallback(s.fallback().orElse(null));
        form.setAgentRingSeconds((int) s.agentRingTime().toSeconds());
        form.setRetrySeconds((int) s.retry().toSeconds());
        form.setWrapUpSeconds((int) s.wrapUp().toSeconds());
        form.setMaxCallers(s.maxCallers());
        form.setServiceLevelSeconds((int) s.serviceLevel().toSeconds());
        form.setJoinWhenEmpty(s.joinWhenEmpty());
        form.setLeaveWhenEmpty(s.leaveWhenEmpty());
        form.setConnectionNumber(s.connectionNumber().orElse(null));
        form.setDisconnectionNumber(s.disconnectionNumber().orElse(null));
        form.setThresholds(s.thresholds());
        form.setMusicClass(s.audio().musicClass());
        form.setAnnouncement(s.audio().announcement().orElse(null));
        form.setAnnouncePosition(s.audio().announcePosition());
        form.setAnnounceHoldTime(s.audio().announceHoldTime());
        form.setAnnounceFrequency((int) s.audio().announceFrequency().toSeconds());
        form.setRingingMode(s.audio().ringingMode().apiName());
        form.fillCallback(s.callback());
        staticAgents = String.join(", ", s.members(MemberKind.STATIC));
        dynamicAgents = String.join(", ", s.members(MemberKind.DYNAMIC));
        editing = s.id();
    }

    public void save() {
        form.setStaticAgents(list(staticAgents));
        form.setDynamicAgents(list(dynamicAgents));
        try {
            QueueSettings saved = editing == null ? queues.create(form) : queues.update(editing, form);
            FieldMessages.info("Queue " + saved.name() + " saved");
            PrimeFaces.current().executeScript("PF('queueDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (ConflictException e) {
            FieldMessages.show(e, INPUTS);
        } catch (QueueNotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    public void delete(QueueRow row) {
        try {
            queues.delete(row.getId());
            FieldMessages.info("Queue " + row.getName() + " deleted");
        } catch (QueueNotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    public void startConnect(QueueRow row) {
        connecting = row;
        agentToConnect = row.getDynamicAgentsNotConnected().stream().findFirst().orElse(null);
    }

    /** Connects the chosen dynamic agent ("Connect an agent"). */
    public void connect() {
        if (connecting == null || agentToConnect == null || agentToConnect.isBlank()) {
            FieldMessages.error("Choose an agent");
            return;
        }
        try {
            live.connect(connecting.getId(), agentToConnect);
            FieldMessages.info("Agent " + agentToConnect + " connected to " + connecting.getName());
            PrimeFaces.current().executeScript("PF('connectDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.error(e.errors().get(0).message());
        } catch (QueueNotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    public void disconnect(QueueRow row, String agent) {
        try {
            live.disconnect(row.getId(), agent);
            FieldMessages.info("Agent " + agent + " disconnected from " + row.getName());
        } catch (QueueNotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public String getReadAt() {
        return readAt;
    }

    public QueueInput getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The music classes a queue may play, by name. */
    public List<String> getMusicClasses() {
        return music.classes().stream().map(MusicClassView::name).toList();
    }

    public List<CallerAudio.RingingMode> getRingingModes() {
        return List.of(CallerAudio.RingingMode.values());
    }

    public List<Strategy> getStrategies() {
        return List.of(Strategy.values());
    }

    public String getStaticAgents() {
        return staticAgents;
    }

    public void setStaticAgents(String staticAgents) {
        this.staticAgents = staticAgents;
    }

    public String getDynamicAgents() {
        return dynamicAgents;
    }

    public void setDynamicAgents(String dynamicAgents) {
        this.dynamicAgents = dynamicAgents;
    }

    public QueueRow getConnecting() {
        return connecting;
    }

    public String getAgentToConnect() {
        return agentToConnect;
    }

    public void setAgentToConnect(String agentToConnect) {
        this.agentToConnect = agentToConnect;
    }
}
