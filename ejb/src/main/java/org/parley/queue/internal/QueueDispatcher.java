package org.parley.queue.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.parley.agent.Agent;
import org.parley.agent.AgentChanged;
import org.parley.agent.AgentPool;
import org.parley.agent.AgentState;
import org.parley.agent.Scheduler;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.CallState;
import org.parley.call.CallSteerer;
import org.parley.call.CallSteererLocator;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.Destination;
import org.parley.call.Disposition;
import org.parley.call.Party;
import org.parley.directory.Directory;
import org.parley.media.Prompts;
import org.parley.platform.error.InvalidInputException;
import org.parley.queue.FallbackTargets;
import org.parley.queue.LiveQueues;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueEventLog;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueNotFoundException;
import org.parley.queue.QueueNumber;
import org.parley.queue.QueueRemoved;
import org.parley.queue.QueueSaved;
import org.parley.queue.QueueSettings;
import org.parley.queue.QueueStatus;
import org.parley.registrar.Registrations;
import org.parley.sipconnector.MediaEvent;

/**
 * The queues at work: steers the calls to a queue's extension (each queue a {@link LiveQueue} on its own
 * {@link Lane}), answers the agent connection / disconnection numbers, and hands the queues what they must hear:
 * their calls' answers, transfers and ends, agents becoming free or pausing, configuration changes. Observers only
 * hand work to the lanes (they may run under a call's lock).
 */
@ApplicationScoped
public class QueueDispatcher implements CallSteererLocator, LiveQueues {

    private static final Logger LOG = Logger.getLogger(QueueDispatcher.class.getName());
    private static final long WAIT_FOR_LANE_SECONDS = 5;

    @Inject
    QueueDirectory directory;

    @Inject
    CallSteering steering;

    @Inject
    CallMedia media;

    @Inject
    FallbackTargets fallbacks;

    @Inject
    AgentPool agents;

    @Inject
    Scheduler scheduler;

    @Inject
    Registrations registrations;

    @Inject
    Directory extensions;

    @Inject
    QueueEventLog log;

    @Inject
    Clock clock;

    @Inject
    QueueMetrics metrics;

    @Inject
    Event<QueueEventView> published;

    @Inject
    CallbackCalls callbackCalls;

    @Resource
    ManagedExecutorService executor;

    private final Map<Long, Running> queues = new ConcurrentHashMap<>();
    /** Calls waiting in or connected through a queue: their queue. */
    private final Map<String, Long> calls = new ConcurrentHashMap<>();
    /** Those of them connected with an agent. */
    private final Set<String> connected = ConcurrentHashMap.newKeySet();
    private QueuePorts ports;

    /** A live queue and its lane. */
    private record Running(LiveQueue queue, Lane lane) {
    }

    @PostConstruct
    void wire() {
        ports = new QueuePorts(steering, media, agents, scheduler, this::devicesOf, this::partyOf, fallbacks::find,
                this::logged, metrics, clock, n -> ThreadLocalRandom.current().nextInt(n));
    }

    // ------------------------------------------------------------------ configuration

    /**
     * Starts a queue or gives it new settings, and waits until its static agents are connected (so that whoever saved
     * it sees them connected).
     */
    void configure(QueueSettings settings) {
        Running r = queues.computeIfAbsent(settings.id(), id -> {
            Lane lane = new Lane(executor);
            return new Running(new LiveQueue(settings, ports, callbackCalls.ports(), lane::run), lane);
        });
        onLaneAndWait(r, () -> {
            r.queue().configure(settings);
            return true;
        });
    }

    void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueSaved event) {
        configure(event.settings());
    }

    void onRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueRemoved event) {
        Running r = queues.remove(event.id());
        if (r != null) {
            r.lane().run(() -> r.queue().close());
        }
    }

    // ------------------------------------------------------------------ calls

    @Override
    public Optional<Steering> forNumber(String dialled) {
        return directory.number(dialled).flatMap(n -> Optional.ofNullable(queues.get(n.queueId())).map(r -> {
            QueueSettings s = r.queue().settings();
            Party callee = new Party(dialled, s.name());
            return new Steering(n.use() == QueueNumber.Use.QUEUE ? new QueueSteerer(n.queueId())
                    : new AgentCodeSteerer(n.queueId(), n.use() == QueueNumber.Use.AGENT_CONNECTION), callee);
        }));
    }

    /** Steers the calls to a queue's extension. */
    private final class QueueSteerer implements CallSteerer {
        private final long queueId;

        QueueSteerer(long queueId) {
            this.queueId = queueId;
        }

        @Override
        public void started(CallView call) {
            if (calls.putIfAbsent(call.id(), queueId) != null) {
                // an agent transferring a queue call into a queue: the first queue still counts the call as its own
                LOG.info(() -> "Call " + call.id() + " is a queue call already: its transfer to queue " + queueId
                        + " is refused");
                steering.giveUp(call.id(), 488);
                return;
            }
            agents.claim(call.id());
            onQueue(queueId, q -> q.arrive(call));
        }

        @Override
        public void exhausted(CallView call, Disposition outcome, int status) {
            onQueue(queueId, q -> q.ringExhausted(call.id()));
        }

        @Override
        public boolean takesTransfers() {
            return true;
        }
    }

    /** Answers an agent dialling a queue's connection or disconnection number, then hangs up. */
    private final class AgentCodeSteerer implements CallSteerer {
        private final long queueId;
        private final boolean connect;

        AgentCodeSteerer(long queueId, boolean connect) {
            this.queueId = queueId;
            this.connect = connect;
        }

        @Override
        public void started(CallView call) {
            String agent = call.caller().number();
            onQueue(queueId, q -> {
                if (q.settings().kindOf(agent).filter(k -> k == MemberKind.DYNAMIC).isEmpty()) {
                    LOG.info(() -> agent + " dialled an agent code of queue " + q.settings().name()
                            + " but is no dynamic agent of it");
                    steering.confirm(call.id(), Prompts.INVALID_CODE);
                    return;
                }
                if (connect) {
                    q.connect(agent);
                } else {
                    q.disconnect(agent);
                }
                steering.confirm(call.id(), connect ? Prompts.AGENT_LOGGED_IN : Prompts.AGENT_LOGGED_OUT);
            });
        }

        @Override
        public void exhausted(CallView call, Disposition outcome, int status) {
            // nothing rings for a code call
        }
    }

    void onCall(@Observes CallEvent event) {
        Long queueId = calls.get(event.call().id());
        if (queueId == null) {
            return;
        }
        CallView call = event.call();
        if (event.type() == CallEvent.Type.ANSWERED) {
            connected.add(call.id());
            onQueue(queueId, q -> q.answered(call, call.answeredAt().orElse(event.at())));
        } else if (event.type() == CallEvent.Type.TRANSFERRED && connected.contains(call.id())) {
            // an agent's call transferred elsewhere goes on without the queue: the agents see its new parties now,
            // in order with its events
            forget(call.id());
            agents.handedOn(call);
            onQueue(queueId, q -> q.transferred(call));
        } else if (event.type() == CallEvent.Type.TRANSFERRED) {
            // a call transferred to the queue: an agent it rang answered
            connected.add(call.id());
            onQueue(queueId, q -> q.answered(call, event.at()));
        } else if (event.type() == CallEvent.Type.TRANSFER_FAILED && !connected.contains(call.id())) {
            // a call transferred to the queue went back to its transferor: no queue call any more
            forget(call.id());
            agents.release(call.id());
            onQueue(queueId, q -> q.transferFailed(call));
        } else if (event.type() == CallEvent.Type.TRANSFER_FAILED && callerLeft(call)) {
            // the caller hung up while the agent consulted a transfer target: the agent and the target talk on
            forget(call.id());
            agents.handedOn(call);
            onQueue(queueId, q -> q.callerLeft(call));
        } else if (event.type() == CallEvent.Type.ENDED) {
            forget(call.id());
            onQueue(queueId, q -> q.ended(call));
        }
    }

    /** A sound ended on the media engine: the queues whose caller it played to play on. */
    void onPlaybackFinished(@Observes MediaEvent.PlaybackFinished finished) {
        if (calls.isEmpty()) {
            return;
        }
        queues.values().forEach(r -> r.lane().run(
                () -> r.queue().playbackFinished(finished.endpointId(), finished.stopped())));
    }

    // ------------------------------------------------------------------ agents

    void onAgent(@Observes AgentChanged change) {
        List<Agent.Transition> moves = change.transitions();
        boolean pauseAsked = moves.size() == 1 && (moves.get(0).trigger() == AgentState.Trigger.PAUSE
                || moves.get(0).trigger() == AgentState.Trigger.UNPAUSE);
        for (Long queueId : change.agent().queues()) {
            onQueue(queueId, q -> {
                if (pauseAsked) {
                    q.logPause(change.agent().extension(), moves.get(0).trigger() == AgentState.Trigger.PAUSE,
                            change.agent().pauseReason());
                }
                q.serve();
            });
        }
    }

    // ------------------------------------------------------------------ LiveQueues

    @Override
    public QueueStatus status(long queueId) {
        return running(queueId).queue().status();
    }

    @Override
    public boolean connect(long queueId, String extension) {
        Running r = running(queueId);
        if (r.queue().settings().kindOf(extension).filter(k -> k == MemberKind.DYNAMIC).isEmpty()) {
            throw new InvalidInputException("extension", extension + " is no dynamic agent of this queue");
        }
        return onLaneAndWait(r, () -> r.queue().connect(extension));
    }

    /** A dynamic agent connected before a restart is connected again, as of {@code since}. */
    void reconnect(long queueId, String extension, Instant since) {
        Running r = running(queueId);
        onLaneAndWait(r, () -> {
            r.queue().reconnect(extension, since);
            return true;
        });
    }

    @Override
    public boolean disconnect(long queueId, String extension) {
        Running r = running(queueId);
        return onLaneAndWait(r, () -> r.queue().disconnect(extension));
    }

    @Override
    public List<QueueSettings> dynamicQueuesOf(String extension) {
        return directory.all().stream()
                .filter(q -> q.kindOf(extension).filter(k -> k == MemberKind.DYNAMIC).isPresent()).toList();
    }

    // ------------------------------------------------------------------ plumbing

    /** The caller's leg of a call that goes on is over. */
    private static boolean callerLeft(CallView call) {
        return call.state() != CallState.ENDED && call.legs().stream()
                .filter(l -> l.role() == CallLeg.Role.ORIGIN).allMatch(l -> l.state().isOver());
    }

    private void forget(String callId) {
        calls.remove(callId);
        connected.remove(callId);
    }

    private Running running(long queueId) {
        Running r = queues.get(queueId);
        if (r == null) {
            throw new QueueNotFoundException(queueId);
        }
        return r;
    }

    /** The queue a call waits in or is connected through, if any. */
    Optional<Long> queueOfCall(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    void onQueue(long queueId, Consumer<LiveQueue> work) {
        Running r = queues.get(queueId);
        if (r == null) {
            LOG.fine(() -> "Queue " + queueId + " is gone; event ignored");
            return;
        }
        r.lane().run(() -> work.accept(r.queue()));
    }

    private static <T> T onLaneAndWait(Running r, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        r.lane().run(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(WAIT_FOR_LANE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for queue " + r.queue().settings().id(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("queue " + r.queue().settings().id() + " did not answer in time", e);
        }
    }

    /** An event of a queue: into the log, and out to live observers (the event stream). */
    private void logged(QueueEventView event) {
        log.record(event);
        published.fire(event);
    }

    private List<Destination> devicesOf(String extension) {
        return registrations.list(Optional.of(extension)).stream().<Destination>map(Destination.Device::of).toList();
    }

    private Party partyOf(String extension) {
        return extensions.extension(extension).map(v -> new Party(v.number(), v.displayName()))
                .orElse(Party.of(extension));
    }
}
