package org.parley.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.parley.call.CallSteering;
import org.parley.call.Destination;
import org.parley.queue.QueueSettings;

/**
 * Rings agents for a queue's caller: the strategy's pick ({@link AgentHistory}), offered to the agents (those busy
 * elsewhere or without a device are skipped and the next pick tried), then every device of the offered agents rung at
 * once. Runs on the queue's lane.
 */
final class AgentRinger {

    private static final Logger LOG = Logger.getLogger(AgentRinger.class.getName());

    private final QueuePorts ports;
    private final AgentHistory history = new AgentHistory();

    AgentRinger(QueuePorts ports) {
        this.ports = ports;
    }

    /** An agent's queue call ended at {@code at} (for leastrecent and fewestcalls). */
    void callEnded(String agent, Instant at) {
        history.callEnded(agent, at);
    }

    /** Rings the agents the strategy picks for a caller; false when nobody could be rung. */
    boolean ringFor(QueueSettings settings, List<String> connected, QueueEntry entry) {
        Set<String> skipped = new HashSet<>();
        for (int attempt = 0; attempt <= settings.members().size(); attempt++) {
            List<String> picks = history.pick(settings, connected, entry, skipped,
                    a -> ports.agents().available(a), ports.random());
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
            entry.move(EntryStage.Trigger.RING);
            history.rang(offered);
            LOG.fine(() -> "Queue " + settings.name() + ": call " + entry.callId + " rings " + offered);
            return true;
        }
        return false;
    }

    /**
     * The one agent the strategy picks for a callback (ringall: the first of the available ones), who has a device;
     * empty when none is available.
     */
    Optional<String> pickOne(QueueSettings settings, List<String> connected, QueueEntry entry) {
        List<String> picks = history.pick(settings, connected, entry, new HashSet<>(),
                a -> ports.agents().available(a) && !ports.devices().apply(a).isEmpty(), ports.random());
        Optional<String> pick = picks.stream().findFirst();
        pick.ifPresent(a -> history.rang(List.of(a)));
        return pick;
    }

    /**
     * How long the agents just rung had been free while this caller waited (those free since before the caller came
     * were not kept waiting by the queue: the caller's arrival rang them).
     */
    private void measureDispatch(QueueEntry entry, List<Instant> freeSince) {
        Instant sent = ports.clock().instant();
        freeSince.stream().filter(f -> f.isAfter(entry.enteredAt))
                .forEach(f -> ports.meter().agentRung(Duration.between(f, sent)));
    }
}
