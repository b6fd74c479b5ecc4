package org.parley.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.parley.agent.Scheduler;
import org.parley.call.CallHop;
import org.parley.call.CallLeg;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.Destination;
import org.parley.call.LegView;
import org.parley.queue.Hunt;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueMemberView;
import org.parley.queue.QueueSettings;
import org.parley.queue.QueueStatus;
import org.parley.queue.Strategy;

/**
 * One queue, live: its callers in arrival order and what happens to each (waiting, agents ringing, retry pause,
 * connected), the history of its agents (for leastrecent and fewestcalls), rrmemory's place, and its connected
 * dynamic agents. Every method runs on the queue's {@link Lane}, one at a time; timers come back through it.
 *
 * <p>Serving rule: callers are offered agents strictly in arrival order. A caller may be rung only when every caller
 * before them is connected or has agents ringing; a caller in a retry pause holds the later ones back.
 */
final class LiveQueue {

    private static final Logger LOG = Logger.getLogger(LiveQueue.class.getName());
    private static final int REFUSED_FULL = 486;
    private static final int REFUSED_EMPTY = 480;
    /** Asterisk's ATTENDEDTRANSFER method when the transferee and the target end up bridged. */
    private static final String ATTENDED_METHOD = "BRIDGE";

    /** Where a caller is. */
    private enum Stage { WAITING, RINGING, RETRY_PAUSE, CONNECTED }

    /** A caller in the queue. */
    private static final class Entry {
        final String callId;
        final String caller;
        final Instant enteredAt;
        final int origPosition;
        final Set<String> tried = new HashSet<>();
        final Map<String, Instant> rung = new LinkedHashMap<>();
        Stage stage = Stage.WAITING;
        String agent;
        Instant connectedAt;
        Scheduler.Scheduled maxWait;
        Scheduler.Scheduled retry;

        Entry(String callId, String caller, Instant enteredAt, int origPosition) {
            this.callId = callId;
            this.caller = caller;
            this.enteredAt = enteredAt;
            this.origPosition = origPosition;
        }

        void cancelTimers() {
            if (maxWait != null) {
                maxWait.cancel();
            }
            if (retry != null) {
                retry.cancel();
            }
        }
    }

    /** An agent's calls from this queue. */
    private record History(Optional<Instant> lastCallEnd, int callsTaken) {
    }

    private final QueuePorts ports;
    private final Consumer<Runnable> lane;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, History> history = new HashMap<>();
    private final Map<String, Instant> dynamicConnected = new LinkedHashMap<>();
    private QueueSettings settings;
    private Optional<String> lastRung = Optional.empty();
    private volatile QueueStatus status;

    LiveQueue(QueueSettings settings, QueuePorts ports, Consumer<Runnable> lane) {
        this.settings = settings;
        this.ports = ports;
        this.lane = lane;
        this.status = new QueueStatus(settings.id(), List.of(), List.of());
    }

    /** The queue as it is now (safe from any thread). */
    QueueStatus status() {
        return status;
    }

    QueueSettings settings() {
        return settings;
    }

    /** New settings: static agents join, removed agents leave, then callers are served again. */
    void configure(QueueSettings next) {
        Set<String> before = new HashSet<>(connectedAgents());
        settings = next;
        dynamicConnected.keySet().removeIf(a -> next.kindOf(a).filter(k -> k == MemberKind.DYNAMIC).isEmpty());
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
        for (Entry e : new ArrayList<>(entries.values())) {
            if (e.stage != Stage.CONNECTED) {
                leave(e, QueueEventType.EXITEMPTY);
            } else {
                entries.remove(e.callId);
                ports.agents().hungUp(e.agent, e.callId, Duration.ZERO);
            }
        }
        connectedAgents().forEach(a -> ports.agents().leave(a, settings.id()));
        dynamicConnected.clear();
        publish();
    }

    // ------------------------------------------------------------------ callers

    /** A caller dialled the queue: enters it (ENTERQUEUE), or is refused when it is full or empty. */
    void arrive(CallView call) {
        Instant now = ports.clock().instant();
        long waiting = entries.values().stream().filter(e -> e.stage != Stage.CONNECTED).count();
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
        Entry entry = new Entry(call.id(), caller, now, (int) waiting + 1);
        entries.put(call.id(), entry);
        ports.log().accept(event(QueueEventType.ENTERQUEUE, now).withCall(call.id()).withCaller(entry.caller)
                .withOrigPosition(entry.origPosition));
        LOG.info(() -> "Call " + call.id() + " from " + entry.caller + " enters queue " + settings.name()
                + " at position " + entry.origPosition);
        if (!settings.maxWait().isZero()) {
            entry.maxWait = ports.scheduler().after(settings.maxWait(), () -> lane.accept(() -> maxWaitReached(
                    call.id())));
        }
        serve();
    }

    /** What rang for a caller failed or its ring time passed (RINGNOANSWER); after the retry delay, the next try. */
    void ringExhausted(String callId) {
        Entry entry = entries.get(callId);
        if (entry == null || entry.stage != Stage.RINGING) {
            return;
        }
        Instant now = ports.clock().instant();
        for (Map.Entry<String, Instant> r : entry.rung.entrySet()) {
            ports.log().accept(event(QueueEventType.RINGNOANSWER, now).withCall(callId).withAgent(r.getKey())
                    .withRing(Duration.between(r.getValue(), now).toMillis()));
            ports.agents().ringEnded(r.getKey(), callId);
            entry.tried.add(r.getKey());
        }
        entry.rung.clear();
        if (settings.retry().isZero()) {
            entry.stage = Stage.WAITING;
        } else {
            entry.stage = Stage.RETRY_PAUSE;
            entry.retry = ports.scheduler().after(settings.retry(), () -> lane.accept(() -> retryDue(callId)));
        }
        serve();
    }

    private void retryDue(String callId) {
        Entry entry = entries.get(callId);
        if (entry != null && entry.stage == Stage.RETRY_PAUSE) {
            entry.stage = Stage.WAITING;
            serve();
        }
    }

    /**
     * An agent answered (CONNECT) at {@code now}; the other agents rung for the caller are free again. For a call
     * transferred to the queue the agent is the one of its rung agents whose leg answered.
     */
    void answered(CallView call, Instant now) {
        Entry entry = entries.get(call.id());
        if (entry == null || entry.stage == Stage.CONNECTED) {
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
        entry.cancelTimers();
        entry.stage = Stage.CONNECTED;
        entry.agent = agent;
        entry.connectedAt = now;
        if (!ports.agents().answered(agent, call.id())) {
            LOG.info(() -> "Call " + call.id() + " answered by " + agent + ", who was not rung for it any more");
        }
        ports.log().accept(event(QueueEventType.CONNECT, now).withCall(call.id()).withAgent(agent)
                .withWait(seconds(entry.enteredAt, now)).withRing(Duration.between(ringStart, now).toMillis()));
        ports.meter().callerConnected(Duration.between(entry.enteredAt, now));
        LOG.info(() -> "Queue " + settings.name() + ": call " + call.id() + " connected to agent " + agent
                + " after " + seconds(entry.enteredAt, now) + " s");
        serve();
    }

    /** The call ended: COMPLETECALLER / COMPLETEAGENT when connected, else the caller gave up (ABANDON). */
    void ended(CallView call) {
        Entry entry = entries.get(call.id());
        if (entry == null) {
            return;
        }
        Instant now = call.endedAt().orElse(ports.clock().instant());
        int position = positionOf(entry);
        entries.remove(call.id());
        entry.cancelTimers();
        if (entry.stage == Stage.CONNECTED) {
            boolean byCaller = call.endedBy().map(p -> p.number().equals(entry.caller)).orElse(false);
            completed(entry, event(byCaller ? QueueEventType.COMPLETECALLER : QueueEventType.COMPLETEAGENT, now));
        } else {
            for (Map.Entry<String, Instant> r : entry.rung.entrySet()) {
                ports.log().accept(event(QueueEventType.RINGCANCELED, now).withCall(call.id()).withAgent(r.getKey())
                        .withRing(Duration.between(r.getValue(), now).toMillis()));
                ports.agents().ringEnded(r.getKey(), call.id());
            }
            ports.log().accept(event(QueueEventType.ABANDON, now).withCall(call.id())
                    .withPositions(position, entry.origPosition).withWait(seconds(entry.enteredAt, now)));
            LOG.info(() -> "Queue " + settings.name() + ": caller " + entry.caller + " hung up after "
                    + seconds(entry.enteredAt, now) + " s");
        }
        serve();
    }

    /**
     * A connected call was transferred (by the agent, by the API, or by the caller): BLINDTRANSFER or
     * ATTENDEDTRANSFER instead of COMPLETE*, with the target; the agent is done with the call. The call goes on
     * without the queue.
     */
    void transferred(CallView call) {
        Entry entry = entries.get(call.id());
        if (entry == null || entry.stage != Stage.CONNECTED) {
            return;
        }
        Optional<CallHop> hop = call.hops().stream().filter(h -> h.type() == CallHop.Type.TRANSFER)
                .reduce((first, second) -> second);
        Instant now = hop.map(CallHop::at).orElse(ports.clock().instant());
        String how = hop.map(CallHop::reason).orElse("blind");
        boolean attended = how.equals("attended") || how.equals("replaces");
        String target = hop.map(h -> h.to().number()).orElse("");
        entries.remove(call.id());
        completed(entry, event(attended ? QueueEventType.ATTENDEDTRANSFER : QueueEventType.BLINDTRANSFER, now)
                .withTarget(target).withReason(attended ? ATTENDED_METHOD : how));
        LOG.info(() -> "Queue " + settings.name() + ": call " + call.id() + " transferred (" + how + ") to "
                + target + " by " + hop.map(h -> h.from().number()).orElse("?"));
        serve();
    }

    /**
     * The caller of a connected call hung up while the agent consulted a transfer target, who stays on with the
     * agent: COMPLETECALLER now, and the queue is done with the call.
     */
    void callerLeft(CallView call) {
        Entry entry = entries.get(call.id());
        if (entry == null || entry.stage != Stage.CONNECTED) {
            return;
        }
        entries.remove(call.id());
        completed(entry, event(QueueEventType.COMPLETECALLER, ports.clock().instant()));
        LOG.info(() -> "Queue " + settings.name() + ": caller of call " + call.id()
                + " hung up while the agent consulted a transfer target");
        serve();
    }

    /** A connected call is over for the queue: its event, the agent's history, the agent's wrap-up. */
    private void completed(Entry entry, QueueEventView done) {
        ports.log().accept(done.withCall(entry.callId).withAgent(entry.agent)
                .withWait(seconds(entry.enteredAt, entry.connectedAt)).withTalk(seconds(entry.connectedAt, done.at()))
                .withOrigPosition(entry.origPosition));
        History h = history.getOrDefault(entry.agent, new History(Optional.empty(), 0));
        history.put(entry.agent, new History(Optional.of(done.at()), h.callsTaken() + 1));
        ports.agents().hungUp(entry.agent, entry.callId, settings.wrapUp());
    }

    /**
     * A call transferred to the queue went back to its transferor (the remaining party refused the agent's session,
     * or the call was taken away): it leaves the queue as a caller who quit. A connected call is not concerned.
     */
    void transferFailed(CallView call) {
        Entry entry = entries.get(call.id());
        if (entry != null && entry.stage != Stage.CONNECTED) {
            ended(call);
        }
    }

    private void maxWaitReached(String callId) {
        Entry entry = entries.get(callId);
        if (entry != null && entry.stage != Stage.CONNECTED) {
            LOG.info(() -> "Queue " + settings.name() + ": call " + callId + " waited the maximum of "
                    + settings.maxWait().toSeconds() + " s");
            leave(entry, QueueEventType.EXITWITHTIMEOUT);
            serve();
        }
    }

    /** A caller leaves without an agent (timeout, queue empty): logged, then sent to the fallback or refused. */
    private void leave(Entry entry, QueueEventType why) {
        Instant now = ports.clock().instant();
        int position = positionOf(entry);
        entries.remove(entry.callId);
        entry.cancelTimers();
        entry.rung.keySet().forEach(a -> ports.agents().ringEnded(a, entry.callId));
        entry.rung.clear();
        ports.log().accept(event(why, now).withCall(entry.callId).withPositions(position, entry.origPosition)
                .withWait(seconds(entry.enteredAt, now)));
        ports.agents().release(entry.callId);
        sendAway(entry.callId);
    }

    private void sendAway(String callId) {
        CallSteering steering = ports.steering();
        if (settings.fallback().isPresent()) {
            steering.divert(callId, settings.fallback().get());
        } else {
            steering.giveUp(callId, REFUSED_EMPTY);
        }
    }

    // ------------------------------------------------------------------ agents

    /** A dynamic agent connects (AGENTLOGIN). @return false when they were connected already */
    boolean connect(String agent) {
        if (settings.kindOf(agent).filter(k -> k == MemberKind.DYNAMIC).isEmpty()) {
            throw new IllegalArgumentException(agent + " is not a dynamic agent of queue " + settings.name());
        }
        if (dynamicConnected.containsKey(agent)) {
            return false;
        }
        Instant now = ports.clock().instant();
        admit(agent, now);
        ports.log().accept(event(QueueEventType.AGENTLOGIN, now).withAgent(agent));
        LOG.info(() -> "Agent " + agent + " connected to queue " + settings.name());
        serve();
        return true;
    }

    /**
     * A dynamic agent who was connected when Parley stopped is connected again, as of their login (no new AGENTLOGIN:
     * the log already has it). Ignored for an agent who is no dynamic agent of the queue any more.
     */
    void reconnect(String agent, Instant since) {
        if (settings.kindOf(agent).filter(k -> k == MemberKind.DYNAMIC).isEmpty()
                || dynamicConnected.containsKey(agent)) {
            return;
        }
        admit(agent, since);
        LOG.info(() -> "Agent " + agent + " still connected to queue " + settings.name() + " (since " + since + ")");
        serve();
    }

    private void admit(String agent, Instant since) {
        dynamicConnected.put(agent, since);
        ports.agents().join(agent, settings.id());
    }

    /** A dynamic agent disconnects (AGENTLOGOFF). @return false when they were not connected */
    boolean disconnect(String agent) {
        Instant since = dynamicConnected.remove(agent);
        if (since == null) {
            return false;
        }
        Instant now = ports.clock().instant();
        ports.agents().leave(agent, settings.id());
        ports.log().accept(event(QueueEventType.AGENTLOGOFF, now).withAgent(agent).withLogin(seconds(since, now)));
        LOG.info(() -> "Agent " + agent + " disconnected from queue " + settings.name());
        serve();
        return true;
    }

    /** An agent of this queue paused or resumed (PAUSE / UNPAUSE with the reason). */
    void logPause(String agent, boolean paused, Optional<String> reason) {
        Instant now = ports.clock().instant();
        QueueEventView e = event(paused ? QueueEventType.PAUSE : QueueEventType.UNPAUSE, now).withAgent(agent);
        ports.log().accept(paused ? e.withReason(reason.orElse(null)) : e);
    }

    /** Agents connected now, in the queue's order: static ones always, dynamic ones once connected. */
    List<String> connectedAgents() {
        return settings.members().stream()
                .filter(m -> m.kind() == MemberKind.STATIC || dynamicConnected.containsKey(m.extension()))
                .map(QueueMemberView::extension).toList();
    }

    // ------------------------------------------------------------------ serving

    /**
     * Offers free agents to waiting callers, strictly in arrival order; empties the queue when it must leave when
     * empty and no agent is there.
     */
    void serve() {
        if (settings.leaveWhenEmpty() && !anyAgentPresent()) {
            for (Entry e : new ArrayList<>(entries.values())) {
                if (e.stage != Stage.CONNECTED) {
                    LOG.info(() -> "Queue " + settings.name() + " has no agent: call " + e.callId + " leaves");
                    leave(e, QueueEventType.EXITEMPTY);
                }
            }
        }
        for (Entry entry : new ArrayList<>(entries.values())) {
            if (entry.stage == Stage.CONNECTED || entry.stage == Stage.RINGING) {
                continue;
            }
            if (entry.stage == Stage.RETRY_PAUSE || !ringFor(entry)) {
                break;
            }
        }
        publish();
    }

    /** Rings the agents the strategy picks for a caller; false when nobody could be rung. */
    private boolean ringFor(Entry entry) {
        Set<String> skipped = new HashSet<>();
        for (int attempt = 0; attempt <= settings.members().size(); attempt++) {
            List<String> picks = pick(entry, skipped);
            if (picks.isEmpty()) {
                return false;
            }
            List<CallSteering.Ring> rings = new ArrayList<>();
            List<String> offered = new ArrayList<>();
            List<Instant> freeSince = new ArrayList<>();
            for (String agent : picks) {
                List<Destination> devices = ports.devices().apply(agent);
                Optional<Instant> free = devices.isEmpty() ? Optional.empty()
                        : ports.agents().offer(agent, entry.callId, settings.id());
                if (free.isEmpty()) {
                    skipped.add(agent);
                    continue;
                }
                offered.add(agent);
                freeSince.add(free.get());
                devices.forEach(d -> rings.add(new CallSteering.Ring(d, ports.parties().apply(agent))));
            }
            if (offered.isEmpty()) {
                continue;
            }
            Instant now = ports.clock().instant();
            if (!ports.steering().ring(entry.callId, rings, settings.agentRingTime())) {
                offered.forEach(a -> ports.agents().ringEnded(a, entry.callId));
                return true; // the call is over or answered: its event follows
            }
            offered.forEach(a -> entry.rung.put(a, now));
            measureDispatch(entry, freeSince);
            entry.stage = Stage.RINGING;
            lastRung = Optional.of(offered.get(offered.size() - 1));
            LOG.fine(() -> "Queue " + settings.name() + ": call " + entry.callId + " rings " + offered);
            return true;
        }
        return false;
    }

    /**
     * How long the agents just rung had been free while this caller waited (those free since before the caller came
     * were not kept waiting by the queue: the caller's arrival rang them).
     */
    private void measureDispatch(Entry entry, List<Instant> freeSince) {
        Instant sent = ports.clock().instant();
        freeSince.stream().filter(f -> f.isAfter(entry.enteredAt))
                .forEach(f -> ports.meter().agentRung(Duration.between(f, sent)));
    }

    /** The strategy's pick for a caller, skipping agents found unreachable; a new round when all were tried. */
    private List<String> pick(Entry entry, Set<String> skipped) {
        List<Hunt.Candidate> candidates = connectedAgents().stream()
                .map(a -> {
                    History h = history.getOrDefault(a, new History(Optional.empty(), 0));
                    return new Hunt.Candidate(a, !skipped.contains(a) && ports.agents().available(a),
                            h.lastCallEnd(), h.callsTaken());
                }).toList();
        Strategy strategy = settings.strategy();
        List<String> picks = Hunt.next(strategy, candidates, entry.tried, lastRung, ports.random());
        if (picks.isEmpty() && !entry.tried.isEmpty()) {
            entry.tried.clear();
            picks = Hunt.next(strategy, candidates, entry.tried, lastRung, ports.random());
        }
        return picks;
    }

    private boolean anyAgentPresent() {
        return connectedAgents().stream().anyMatch(a -> !ports.devices().apply(a).isEmpty());
    }

    // ------------------------------------------------------------------ plumbing

    private int positionOf(Entry entry) {
        int p = 1;
        for (Entry e : entries.values()) {
            if (e == entry) {
                return p;
            }
            if (e.stage != Stage.CONNECTED) {
                p++;
            }
        }
        return p;
    }

    private QueueEventView event(QueueEventType type, Instant at) {
        return QueueEventView.of(settings, at, type);
    }

    private void publish() {
        List<QueueStatus.WaitingCaller> waiting = new ArrayList<>();
        int position = 1;
        for (Entry e : entries.values()) {
            if (e.stage != Stage.CONNECTED) {
                waiting.add(new QueueStatus.WaitingCaller(e.callId, e.caller, e.enteredAt, position++,
                        List.copyOf(e.rung.keySet())));
            }
        }
        status = new QueueStatus(settings.id(), waiting, connectedAgents());
    }

    private static int seconds(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toSeconds());
    }
}
