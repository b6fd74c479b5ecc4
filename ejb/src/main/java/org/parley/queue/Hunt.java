package org.parley.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Whom a queue rings next for one caller, by its {@link Strategy} with Asterisk app_queue semantics (see
 * docs/queues.md). Pure: the caller gives the candidates (the queue's members in their configured order, each with
 * whether it may be rung now and its history in this queue), the agents already tried in the caller's current round,
 * the agent the queue rang last (rrmemory) and a source of randomness.
 */
public final class Hunt {

    /**
     * A member of the queue as the strategy sees it.
     *
     * @param extension   the agent
     * @param available   whether it may be rung now (connected, free: not on a call, ringing, in wrap-up or paused)
     * @param lastCallEnd when its last call from this queue ended (leastrecent), empty when it never had one
     * @param callsTaken  calls it answered from this queue (fewestcalls)
     */
    public record Candidate(String extension, boolean available, Optional<Instant> lastCallEnd, int callsTaken) {

        public Candidate {
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(lastCallEnd, "lastCallEnd");
        }
    }

    private Hunt() {
    }

    /**
     * The agents to ring now for a caller: every available one for {@code ringall}, otherwise at most one.
     *
     * @param strategy the queue's strategy
     * @param members  the queue's members in configured order (dynamic ones in the order they are listed)
     * @param tried    agents already rung for this caller in the current round (not rung again until a new round)
     * @param lastRung the agent the queue rang last, for any caller (rrmemory resumes after it)
     * @param random   picks an index in 0..n-1 (random)
     * @return the agents, best first; empty when nobody may be rung (new round: call again with no agent tried)
     */
    public static List<String> next(Strategy strategy, List<Candidate> members, Set<String> tried,
            Optional<String> lastRung, IntUnaryOperator random) {
        List<Candidate> open = new ArrayList<>();
        for (Candidate c : members) {
            if (c.available() && (strategy == Strategy.RRMEMORY || !tried.contains(c.extension()))) {
                open.add(c);
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        if (strategy == Strategy.RINGALL) {
            return open.stream().map(Candidate::extension).toList();
        }
        if (strategy == Strategy.LINEAR) {
            return List.of(open.get(0).extension());
        }
        if (strategy == Strategy.LEASTRECENT) {
            // never called first; then the call that ended longest ago; ties in configured order (stable min)
            Comparator<Candidate> idle = Comparator.comparing(c -> c.lastCallEnd().orElse(Instant.MIN));
            return List.of(open.stream().min(idle).orElseThrow().extension());
        }
        if (strategy == Strategy.FEWESTCALLS) {
            return List.of(open.stream().min(Comparator.comparingInt(Candidate::callsTaken)).orElseThrow()
                    .extension());
        }
        if (strategy == Strategy.RANDOM) {
            return List.of(open.get(random.applyAsInt(open.size())).extension());
        }
        return List.of(afterLastRung(members, open, lastRung));
    }

    /** rrmemory: the first available member after the one rung last, in configured order, wrapping around. */
    private static String afterLastRung(List<Candidate> members, List<Candidate> open, Optional<String> lastRung) {
        int start = 0;
        if (lastRung.isPresent()) {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).extension().equals(lastRung.get())) {
                    start = i + 1;
                    break;
                }
            }
        }
        for (int k = 0; k < members.size(); k++) {
            Candidate c = members.get((start + k) % members.size());
            if (open.contains(c)) {
                return c.extension();
            }
        }
        return open.get(0).extension();
    }
}
