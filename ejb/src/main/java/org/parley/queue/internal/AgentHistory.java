package org.parley.queue.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import org.parley.queue.Hunt;
import org.parley.queue.QueueSettings;

/**
 * What a queue's strategy needs to remember: each agent's last call end and calls taken from this queue
 * (leastrecent, fewestcalls) and the agent rung last (rrmemory). Changed only on the queue's lane.
 */
final class AgentHistory {

    /** An agent's calls from this queue. */
    private record Calls(Optional<Instant> lastCallEnd, int callsTaken) {
    }

    private static final Calls NONE = new Calls(Optional.empty(), 0);

    private final Map<String, Calls> calls = new HashMap<>();
    private Optional<String> lastRung = Optional.empty();

    /** An agent's queue call ended at {@code at}. */
    void callEnded(String agent, Instant at) {
        calls.put(agent, new Calls(Optional.of(at), calls.getOrDefault(agent, NONE).callsTaken() + 1));
    }

    /** Agents were rung: the last of them is where rrmemory goes on. */
    void rang(List<String> agents) {
        lastRung = Optional.of(agents.get(agents.size() - 1));
    }

    /**
     * The strategy's pick among {@code connected} agents for a caller, skipping those found unreachable and those
     * {@code available} refuses; a new round (the caller's tried agents forgotten) when all were tried.
     */
    List<String> pick(QueueSettings settings, List<String> connected, QueueEntry entry, Set<String> skipped,
            Predicate<String> available, IntUnaryOperator random) {
        List<Hunt.Candidate> candidates = connected.stream()
                .map(a -> {
                    Calls h = calls.getOrDefault(a, NONE);
                    return new Hunt.Candidate(a, !skipped.contains(a) && available.test(a), h.lastCallEnd(),
                            h.callsTaken());
                }).toList();
        List<String> picks = Hunt.next(settings.strategy(), candidates, entry.tried, lastRung, random);
        if (picks.isEmpty() && !entry.tried.isEmpty()) {
            entry.tried.clear();
            picks = Hunt.next(settings.strategy(), candidates, entry.tried, lastRung, random);
        }
        return picks;
    }
}
