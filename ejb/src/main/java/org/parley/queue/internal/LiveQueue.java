package org.parley.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.parley.call.CallHop;
import org.parley.call.CallLeg;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.LegView;
import org.parley.queue.FallbackTarget;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueSettings;
import org.parley.queue.QueueStatus;

/**
 * One queue, live: its callers in arrival order and where each stands ({@link QueueEntry}, {@link EntryStage}), the
 * agents it rings ({@link AgentRinger}) and its connected agents ({@link DynamicAgents}); what happens is
 * written to the event log by {@link QueueEventWriter}. Every method runs on the queue's {@link Lane}, one at a time;
 * timers come back through it.
 *
 * <p>Serving rule: callers are offered agents strictly in arrival order. A caller may be rung only when every caller
 * before them is connected or has agents ringing; a caller in a retry pause holds the later ones back.
 */
final class LiveQueue {

    private static final Logger LOG = Logger.getLogger(LiveQueue.class.getName());
    private static final int REFUSED_FULL = 486;
    private static final int REFUSED_EMPTY = 480;

    private final QueuePorts ports;
    private final Consumer<Runnable> lane;
    private final LinkedHashMap<String, QueueEntry> entries = new LinkedHashMap<>();
    private final AgentRinger ringer;
    private final QueueEventWriter events;
    private final DynamicAgents agents;
    private final CallerSounds sounds;
    private final QueueCallbacks callbacks;
    private QueueSettings settings;
    private volatile QueueStatus status;

    LiveQueue(QueueSettings settings, QueuePorts ports, Consumer<Runnable> lane) {
        this(settings, ports, CallbackPorts.NONE, lane);
    }

    LiveQueue(QueueSettings settings, QueuePorts ports, CallbackPorts callbackPorts, Consumer<Runnable> lane) {
        this.settings = settings;
        this.ports = ports;
        this.lane = lane;
        this.events = new QueueEventWriter(() -> this.settings, ports.log());
        this.agents = new DynamicAgents(ports, events);
        this.ringer = new AgentRinger(ports);
        this.sounds = new CallerSounds(ports, lane, () -> this.settings.audio(),
                callId -> Optional.ofNullable(entries.get(callId)).map(this::positionOf).orElse(1),
                () -> this.settings.callback());
        this.callbacks = new QueueCallbacks(ports, callbackPorts, lane, new QueueCallbacks.Line(() -> this.settings,
                entries, events, sounds, this::positionOf, this::serve));
        this.status = new QueueStatus(settings.id(), List.of(), List.of());
    }

    /** The queue as it is now (safe from any thread). */
    QueueStatus status() {
        return status;
    }

    QueueSettings settings() {
        return settings;
    }

    /** The queue's callbacks: key presses of its callers, the calls placed for callbacks. */
    QueueCallbacks callbacks() {
        return callbacks;
    }

    /** New settings: static agents join, removed agents leave, then callers are served again. */
    void configure(QueueSettings next) {
        Set<String> before = new HashSet<>(connectedAgents());
        settings = next;
        agents.keepMembersOf(next);
        List<String> after = connectedAgents();
        after.forEach(a -> ports.agents().join(a, next.id()));
        before.stream().filter(a -> !after.contains(a)).forEach(a -> ports.agents().leave(a, next.id()));
        serve();
    }

    /**
     * The queue is deleted: its callers leave for its fallback or are refused, its connected calls go on without it
     * (their agents are released from them), and its agents leave it.
     */
    void close() {
        for (QueueEntry e : new ArrayList<>(entries.values())) {
            if (e.callback().isPresent()) {
                callbacks.close(e);
            } else if (e.waiting()) {
                leave(e, QueueEventType.EXITEMPTY);
            } else {
                remove(e, EntryStage.Trigger.COMPLETE);
                ports.agents().hungUp(e.agent(), e.callId, Duration.ZERO);
            }
        }
        connectedAgents().forEach(a -> ports.agents().leave(a, settings.id()));
        agents.clear();
        publish();
    }

    // ------------------------------------------------------------------ callers

    /** A caller dialled the queue: enters it (ENTERQUEUE), or is refused when it is full or empty. */
    void arrive(CallView call) {
        Instant now = ports.clock().instant();
        long waiting = entries.values().stream().filter(QueueEntry::waiting).count();
        if (settings.maxCallers() > 0 && waiting >= settings.maxCallers()) {
            LOG.info(() -> "Queue " + settings.name() + " is full (" + waiting + " waiting): call " + call.id()
                    + " refused");
            ports.agents().release(call.id());
            ports.steering().giveUp(call.id(), REFUSED_FULL);
            return;
        }
        if (!settings.joinWhenEmpty() && !anyAgentPresent()) {
            LOG.info(() -> "Queue " + settings.name() + " has no agent: call " + call.id() + " refused");
            ports.agents().release(call.id());
            sendAway(call.id());
            return;
        }
        // a call transferred to the queue: the caller is the party handed on, whoever placed the call
        String caller = call.transfer().map(t -> t.remaining().number()).orElse(call.caller().number());
        QueueEntry entry = new QueueEntry(call.id(), caller, now, (int) waiting + 1);
        entries.put(call.id(), entry);
        events.enterQueue(entry);
        LOG.info(() -> "Call " + call.id() + " from " + entry.caller + " enters queue " + settings.name()
                + " at position " + entry.origPosition);
        sounds.entered(entry);
        if (!settings.maxWait().isZero()) {
            entry.maxWaitTimer(ports.scheduler().after(settings.maxWait(),
                    () -> lane.accept(() -> maxWaitReached(call.id()))));
        }
        serve();
    }

    /** What rang for a caller failed or its ring time passed (RINGNOANSWER); after the retry delay, the next try. */
    void ringExhausted(String callId) {
        QueueEntry entry = entries.get(callId);
        if (entry == null || !entry.can(EntryStage.Trigger.NO_ANSWER)) {
            return; // late: answered or gone meanwhile
        }
        Instant now = ports.clock().instant();
        for (Map.Entry<String, Instant> r : entry.rung.entrySet()) {
            events.ringEnded(QueueEventType.RINGNOANSWER, callId, r.getKey(), r.getValue(), now);
            ports.agents().ringEnded(r.getKey(), callId);
            entry.tried.add(r.getKey());
        }
        entry.rung.clear();
        entry.move(EntryStage.Trigger.NO_ANSWER);
        sounds.ringEnded(callId);
        if (settings.retry().isZero()) {
            entry.move(EntryStage.Trigger.RETRY_DUE);
        } else {
            entry.retryTimer(ports.scheduler().after(settings.retry(), () -> lane.accept(() -> retryDue(callId))));
        }
        serve();
    }

    private void retryDue(String callId) {
        QueueEntry entry = entries.get(callId);
        if (entry != null && entry.can(EntryStage.Trigger.RETRY_DUE)) {
            entry.move(EntryStage.Trigger.RETRY_DUE);
            serve();
        }
    }

    /**
     * An agent answered (CONNECT) at {@code now}; the other agents rung for the caller are free again. For a call
     * transferred to the queue the agent is the one of its rung agents whose leg answered.
     */
    void answered(CallView call, Instant now) {
        QueueEntry entry = entries.get(call.id());
        if (entry == null || !entry.can(EntryStage.Trigger.ANSWER)) {
            return;
        }
        String agent = call.legs().stream().filter(l -> l.role() == CallLeg.Role.DESTINATION
                && l.state().isAnswered() && entry.rung.containsKey(l.party().number()))
                .map(l -> l.party().number()).findFirst()
                .orElseGet(() -> call.answeredBy().map(LegView::party).map(p -> p.number()).orElse(""));
        Instant ringStart = entry.rung.getOrDefault(agent, now);
        entry.rung.keySet().stream().filter(a -> !a.equals(agent))
                .forEach(a -> ports.agents().ringEnded(a, call.id()));
        entry.rung.clear();
        entry.connect(agent, now);
        sounds.connected(call.id(), Duration.between(entry.enteredAt, now));
        if (!ports.agents().answered(agent, call.id())) {
            LOG.info(() -> "Call " + call.id() + " answered by " + agent + ", who was not rung for it any more");
        }
        events.connect(entry, ringStart, now);
        ports.meter().callerConnected(Duration.between(entry.enteredAt, now));
        LOG.info(() -> "Queue " + settings.name() + ": call " + call.id() + " connected to agent " + agent
                + " after " + QueueEventWriter.seconds(entry.enteredAt, now) + " s");
        serve();
    }

    /** The call ended: COMPLETECALLER / COMPLETEAGENT when connected, else the caller gave up (ABANDON). */
    void ended(CallView call) {
        callbacks.callEnded(call.id());
        QueueEntry entry = entries.get(call.id());
        if (entry == null) {
            return;
        }
        Instant now = call.endedAt().orElse(ports.clock().instant());
        int position = positionOf(entry);
        if (entry.is(EntryStage.CONNECTED)) {
            remove(entry, EntryStage.Trigger.COMPLETE);
            boolean byCaller = call.endedBy().map(p -> p.number().equals(entry.caller)).orElse(false);
            completed(entry, events.completed(byCaller ? QueueEventType.COMPLETECALLER : QueueEventType.COMPLETEAGENT,
                    entry, now).at());
        } else {
            remove(entry, EntryStage.Trigger.ABANDON);
            sounds.left(call.id());
            for (Map.Entry<String, Instant> r : entry.rung.entrySet()) {
                events.ringEnded(QueueEventType.RINGCANCELED, call.id(), r.getKey(), r.getValue(), now);
                ports.agents().ringEnded(r.getKey(), call.id());
            }
            events.left(QueueEventType.ABANDON, entry, position, now);
            LOG.info(() -> "Queue " + settings.name() + ": caller " + entry.caller + " hung up after "
                    + QueueEventWriter.seconds(entry.enteredAt, now) + " s");
        }
        serve();
    }

    /**
     * A connected call was transferred (by the agent, by the API, or by the caller): BLINDTRANSFER or
     * ATTENDEDTRANSFER instead of COMPLETE*, with the target; the agent is done with the call. The call goes on
     * without the queue.
     */
    void transferred(CallView call) {
        QueueEntry entry = entries.get(call.id());
        if (entry == null || !entry.is(EntryStage.CONNECTED)) {
            return;
        }
        Optional<CallHop> hop = call.hops().stream().filter(h -> h.type() == CallHop.Type.TRANSFER)
                .reduce((first, second) -> second);
        Instant now = hop.map(CallHop::at).orElse(ports.clock().instant());
        String how = hop.map(CallHop::reason).orElse("blind");
        String target = hop.map(h -> h.to().number()).orElse("");
        remove(entry, EntryStage.Trigger.COMPLETE);
        completed(entry, events.transferred(entry, how, target, now).at());
        LOG.info(() -> "Queue " + settings.name() + ": call " + call.id() + " transferred (" + how + ") to "
                + target + " by " + hop.map(h -> h.from().number()).orElse("?"));
        serve();
    }

    /**
     * The caller of a connected call hung up while the agent consulted a transfer target, who stays on with the
     * agent: COMPLETECALLER now, and the queue is done with the call.
     */
    void callerLeft(CallView call) {
        QueueEntry entry = entries.get(call.id());
        if (entry == null || !entry.is(EntryStage.CONNECTED)) {
            return;
        }
        remove(entry, EntryStage.Trigger.COMPLETE);
        completed(entry, events.completed(QueueEventType.COMPLETECALLER, entry, ports.clock().instant()).at());
        LOG.info(() -> "Queue " + settings.name() + ": caller of call " + call.id()
                + " hung up while the agent consulted a transfer target");
        serve();
    }

    /** A connected call is over for the queue at {@code at}: the agent's history and wrap-up. */
    private void completed(QueueEntry entry, Instant at) {
        ringer.callEnded(entry.agent(), at);
        ports.agents().hungUp(entry.agent(), entry.callId, settings.wrapUp());
    }

    /**
     * A call transferred to the queue went back to its transferor (the remaining party refused the agent's session,
     * or the call was taken away): it leaves the queue as a caller who quit. A connected call is not concerned.
     */
    void transferFailed(CallView call) {
        QueueEntry entry = entries.get(call.id());
        if (entry != null && entry.waiting()) {
            ended(call);
        }
    }

    /** A sound ended on an endpoint of the media engine (it may be one of this queue's callers'). */
    void playbackFinished(String endpointId, boolean stopped) {
        sounds.playbackFinished(endpointId, stopped);
        callbacks.playbackFinished(endpointId, stopped);
    }

    private void maxWaitReached(String callId) {
        QueueEntry entry = entries.get(callId);
        if (entry != null && entry.can(EntryStage.Trigger.EXIT)) {
            LOG.info(() -> "Queue " + settings.name() + ": call " + callId + " waited the maximum of "
                    + settings.maxWait().toSeconds() + " s");
            leave(entry, QueueEventType.EXITWITHTIMEOUT);
            serve();
        }
    }

    /** A caller leaves without an agent (timeout, queue empty): logged, then sent to the fallback or refused. */
    private void leave(QueueEntry entry, QueueEventType why) {
        Instant now = ports.clock().instant();
        int position = positionOf(entry);
        remove(entry, EntryStage.Trigger.EXIT);
        entry.rung.keySet().forEach(a -> ports.agents().ringEnded(a, entry.callId));
        entry.rung.clear();
        events.left(why, entry, position, now);
        ports.agents().release(entry.callId);
        if (settings.fallback().isPresent()) {
            sounds.sentAway(entry.callId);
        } else {
            sounds.left(entry.callId);
        }
        sendAway(entry.callId);
    }

    /** The caller leaves the queue on {@code trigger}: out of the line, timers cancelled. */
    private void remove(QueueEntry entry, EntryStage.Trigger trigger) {
        entry.move(trigger);
        entries.remove(entry.callId);
        entry.cancelTimers();
    }

    /** The caller goes to the queue's fallback (an extension, or what else {@link FallbackTarget} knows), or is refused. */
    private void sendAway(String callId) {
        CallSteering steering = ports.steering();
        Optional<FallbackTarget> target = settings.fallback().flatMap(ports.fallbacks());
        if (target.isPresent()) {
            target.get().sendAway(steering, callId);
        } else {
            steering.giveUp(callId, REFUSED_EMPTY);
        }
    }

    // ------------------------------------------------------------------ agents

    /** A dynamic agent connects (AGENTLOGIN). @return false when they were connected already */
    boolean connect(String agent) {
        boolean connected = agents.connect(settings, agent);
        if (connected) {
            serve();
        }
        return connected;
    }

    /**
     * A dynamic agent who was connected when Parley stopped is connected again, as of their login (no new AGENTLOGIN:
     * the log already has it). Ignored for an agent who is no dynamic agent of the queue any more.
     */
    void reconnect(String agent, Instant since) {
        if (agents.reconnect(settings, agent, since)) {
            serve();
        }
    }

    /** A dynamic agent disconnects (AGENTLOGOFF). @return false when they were not connected */
    boolean disconnect(String agent) {
        boolean disconnected = agents.disconnect(settings, agent);
        if (disconnected) {
            serve();
        }
        return disconnected;
    }

    /** An agent of this queue paused or resumed (PAUSE / UNPAUSE with the reason). */
    void logPause(String agent, boolean paused, Optional<String> reason) {
        events.pause(agent, paused, reason, ports.clock().instant());
    }

    /** Agents connected now, in the queue's order: static ones always, dynamic ones once connected. */
    List<String> connectedAgents() {
        return agents.connectedAgents(settings);
    }

    // ------------------------------------------------------------------ serving

    /**
     * Offers free agents to waiting callers, strictly in arrival order; empties the queue when it must leave when
     * empty and no agent is there.
     */
    void serve() {
        if (settings.leaveWhenEmpty() && !anyAgentPresent()) {
            for (QueueEntry e : new ArrayList<>(entries.values())) {
                if (e.waiting() && e.callback().isEmpty()) {
                    LOG.info(() -> "Queue " + settings.name() + " has no agent: call " + e.callId + " leaves");
                    leave(e, QueueEventType.EXITEMPTY);
                }
            }
        }
        for (QueueEntry entry : new ArrayList<>(entries.values())) {
            if (entry.is(EntryStage.CONNECTED) || entry.is(EntryStage.RINGING) || entry.talking()) {
                continue;
            }
            if (entry.callback().isPresent()) {
                if (!callbacks.serve(entry, ringer, connectedAgents())) {
                    break;
                }
                continue;
            }
            if (entry.is(EntryStage.RETRY_PAUSE) || !ringer.ringFor(settings, connectedAgents(), entry)) {
                break;
            }
            if (entry.is(EntryStage.RINGING)) {
                sounds.ringing(entry.callId);
            }
        }
        publish();
    }

    private boolean anyAgentPresent() {
        return connectedAgents().stream().anyMatch(a -> !ports.devices().apply(a).isEmpty());
    }

    private int positionOf(QueueEntry entry) {
        int p = 1;
        for (QueueEntry e : entries.values()) {
            if (e == entry) {
                return p;
            }
            if (e.waiting()) {
                p++;
            }
        }
        return p;
    }

    private void publish() {
        List<QueueStatus.WaitingCaller> waiting = new ArrayList<>();
        int position = 1;
        for (QueueEntry e : entries.values()) {
            if (e.waiting()) {
                waiting.add(new QueueStatus.WaitingCaller(e.callId, e.caller, e.enteredAt, position++,
                        List.copyOf(e.rung.keySet()), e.callback().isPresent()));
            }
        }
        status = new QueueStatus(settings.id(), waiting, connectedAgents());
    }
}
