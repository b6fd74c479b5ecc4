package org.parley.agent.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.parley.agent.Agent;
import org.parley.agent.AgentChanged;
import org.parley.agent.AgentPool;
import org.parley.agent.AgentService;
import org.parley.agent.AgentState;
import org.parley.agent.AgentStateException;
import org.parley.agent.AgentView;
import org.parley.agent.Scheduler;
import org.parley.call.CallEvent;
import org.parley.call.CallView;
import org.parley.call.LegView;
import org.parley.directory.Directory;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.state.TransitionTable;

/**
 * Every live agent, in memory. Each agent is changed under its own monitor, held only for the change itself (never
 * while calling out); the resulting {@link AgentChanged} is published after it is released. Also follows every call
 * (its {@link CallEvent}s) to know which extensions are on calls no queue accounts for.
 */
@ApplicationScoped
public class AgentRoster implements AgentPool, AgentService {

    private static final Logger LOG = Logger.getLogger(AgentRoster.class.getName());

    @Inject
    Clock clock;

    @Inject
    Scheduler scheduler;

    @Inject
    Directory directory;

    @Inject
    Event<AgentChanged> changes;

    private final Map<String, Agent> agents = new ConcurrentHashMap<>();
    /** Calls no queue accounts for: the extensions on each (caller, rung devices, the one who answered). */
    private final Map<String, Set<String>> callParties = new ConcurrentHashMap<>();
    /** Calls a queue accounts for. */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private Consumer<AgentChanged> listener;
    private Predicate<String> knownExtension;

    /** For CDI. */
    public AgentRoster() {
    }

    /** Outside a container (tests): what the container would inject. */
    public AgentRoster(Clock clock, Scheduler scheduler, Predicate<String> knownExtension,
            Consumer<AgentChanged> listener) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.knownExtension = knownExtension;
        this.listener = listener;
    }

    @PostConstruct
    void wire() {
        if (listener == null) {
            listener = changes::fire;
        }
        if (knownExtension == null) {
            knownExtension = number -> directory.extension(number).isPresent();
        }
    }

    // ------------------------------------------------------------------ AgentPool

    @Override
    public AgentView view(String extension) {
        Agent a = agents.get(extension);
        if (a == null) {
            return AgentView.loggedOut(extension, clock.instant());
        }
        synchronized (a) {
            return a.view();
        }
    }

    @Override
    public boolean available(String extension) {
        Agent a = agents.get(extension);
        if (a == null) {
            return false;
        }
        synchronized (a) {
            return a.available();
        }
    }

    @Override
    public void join(String extension, long queueId) {
        change(extension, a -> a.join(queueId, clock.instant()));
    }

    @Override
    public void leave(String extension, long queueId) {
        if (agents.containsKey(extension)) {
            change(extension, a -> a.leave(queueId, clock.instant()));
        }
    }

    @Override
    public Optional<Instant> offer(String extension, String callId, long queueId) {
        AtomicReference<Optional<Instant>> freeSince = new AtomicReference<>(Optional.empty());
        change(extension, a -> {
            Optional<Instant> free = a.freeSince();
            Optional<Agent.Transition> t = a.offer(callId, queueId, clock.instant());
            freeSince.set(t.flatMap(x -> free));
            return t.map(List::of).orElse(List.of());
        });
        return freeSince.get();
    }

    @Override
    public void ringEnded(String extension, String callId) {
        change(extension, a -> a.ringEnded(callId, clock.instant()));
    }

    @Override
    public boolean answered(String extension, String callId) {
        boolean[] answered = {false};
        change(extension, a -> {
            Optional<Agent.Transition> t = a.answered(callId, clock.instant());
            answered[0] = t.isPresent();
            if (t.isEmpty()) {
                a.busyOn(callId); // answered after being released: a call of their own from now on
            }
            return t.map(List::of).orElse(List.of());
        });
        return answered[0];
    }

    @Override
    public void hungUp(String extension, String callId, Duration wrapUp) {
        long[] generation = {-1};
        // a queue call the caller transferred away: the agent still talks on it (to the target), busy until it ends
        boolean stillOnIt = callParties.getOrDefault(callId, Set.of()).contains(extension);
        change(extension, a -> {
            if (!stillOnIt) {
                a.freeOf(callId);
            }
            List<Agent.Transition> ts = a.hungUp(callId, wrapUp, clock.instant());
            if (a.state() == AgentState.WRAP_UP) {
                generation[0] = a.wrapUpGeneration();
            }
            return ts;
        });
        if (generation[0] >= 0) {
            long g = generation[0];
            scheduler.after(wrapUp, () -> change(extension, a -> a.wrapUpOver(g, clock.instant())));
        }
    }

    @Override
    public void claim(String callId) {
        claimed.add(callId);
    }

    @Override
    public void release(String callId) {
        claimed.remove(callId);
    }

    /** Runs under the call's lock (from a call event observer), so that it is ordered with the call's other events. */
    @Override
    public void handedOn(CallView call) {
        claimed.remove(call.id());
        callChanged(CallEvent.Type.TRANSFERRED, call);
    }

    // ------------------------------------------------------------------ AgentService

    @Override
    public AgentView find(String extension) {
        return view(extension);
    }

    @Override
    public AgentView pause(String extension, String reason) {
        if (reason != null && reason.length() > AgentService.REASON_MAX) {
            throw new InvalidInputException("reason", "must be at most " + AgentService.REASON_MAX + " characters");
        }
        try {
            change(extension, a -> a.pause(reason, clock.instant()));
        } catch (TransitionTable.IllegalTransition e) {
            LOG.info(() -> "Agent " + extension + " cannot pause: " + e.getMessage());
            throw new AgentStateException("Agent " + extension + " is not connected to any queue");
        }
        LOG.info(() -> "Agent " + extension + " paused" + (reason == null || reason.isBlank() ? "" : ": " + reason));
        return view(extension);
    }

    @Override
    public AgentView unpause(String extension) {
        try {
            change(extension, a -> a.unpause(clock.instant()));
        } catch (TransitionTable.IllegalTransition e) {
            LOG.info(() -> "Agent " + extension + " cannot resume: " + e.getMessage());
            throw new AgentStateException("Agent " + extension + " is not paused");
        }
        LOG.info(() -> "Agent " + extension + " resumed");
        return view(extension);
    }

    // ------------------------------------------------------------------ calls

    /** Runs under the call's lock: only bookkeeping in memory. */
    void onCall(@Observes CallEvent event) {
        callChanged(event.type(), event.call());
    }

    /** Who is on a call no queue accounts for, from one event of it. */
    public void callChanged(CallEvent.Type type, CallView call) {
        Set<String> now = type == CallEvent.Type.ENDED ? Set.of() : parties(call);
        Set<String> before = now.isEmpty() ? callParties.remove(call.id()) : callParties.put(call.id(), now);
        if (before == null) {
            before = Set.of();
        }
        for (String ext : before) {
            if (!now.contains(ext) && agents.containsKey(ext)) {
                change(ext, a -> a.freeOf(call.id()) ? List.of() : null);
            }
        }
        for (String ext : now) {
            if (!before.contains(ext)) {
                change(ext, a -> a.busyOn(call.id()) ? List.of() : null);
            }
        }
        if (type == CallEvent.Type.ENDED) {
            claimed.remove(call.id());
        }
    }

    private Set<String> parties(CallView call) {
        Set<String> s = new HashSet<>();
        addIfExtension(s, call.caller().number());
        if (!claimed.contains(call.id())) {
            for (LegView leg : call.legs()) {
                if (!leg.state().isOver()) {
                    addIfExtension(s, leg.party().number());
                }
            }
            call.answeredBy().ifPresent(l -> addIfExtension(s, l.party().number()));
        }
        return s;
    }

    private void addIfExtension(Set<String> s, String number) {
        if (knownExtension.test(number)) {
            s.add(number);
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** Something done to one agent. */
    @FunctionalInterface
    private interface Change {
        /** The transitions; null when nothing worth telling happened (not even availability). */
        List<Agent.Transition> apply(Agent agent);
    }

    /** Applies a change under the agent's monitor, then publishes it (outside). */
    private void change(String extension, Change change) {
        Agent agent = agents.computeIfAbsent(extension, e -> new Agent(e, clock.instant()));
        List<Agent.Transition> ts;
        boolean before;
        boolean after;
        AgentView view;
        synchronized (agent) {
            before = agent.available();
            ts = change.apply(agent);
            after = agent.available();
            if (after && !before) {
                agent.becameFree(clock.instant());
            }
            view = agent.view();
        }
        if (ts == null && before == after) {
            return;
        }
        List<Agent.Transition> moves = ts == null ? List.of() : new ArrayList<>(ts);
        if (moves.isEmpty() && before == after) {
            return;
        }
        moves.forEach(t -> {
            if (t.from() != t.to()) {
                LOG.fine(() -> "Agent " + extension + ": " + t.from() + " -> " + t.to() + " on " + t.trigger());
            }
        });
        listener.accept(new AgentChanged(view, moves, !before && after));
    }
}
