package org.parley.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The six strategies, with Asterisk app_queue semantics, over several calls. */
class HuntTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private static Hunt.Candidate free(String ext) {
        return new Hunt.Candidate(ext, true, Optional.empty(), 0);
    }

    private static Hunt.Candidate busy(String ext) {
        return new Hunt.Candidate(ext, false, Optional.empty(), 0);
    }

    private static Hunt.Candidate history(String ext, int endedSecondsAfterT0, int calls) {
        return new Hunt.Candidate(ext, true, Optional.of(T0.plusSeconds(endedSecondsAfterT0)), calls);
    }

    private static List<String> next(Strategy s, List<Hunt.Candidate> members, Set<String> tried,
            Optional<String> lastRung) {
        return Hunt.next(s, members, tried, lastRung, n -> 0);
    }

    @Test
    void ringallRingsEveryAvailableAgentAndSkipsTheOthers() {
        assertEquals(List.of("201", "203"), next(Strategy.RINGALL,
                List.of(free("201"), busy("202"), free("203")), Set.of(), Optional.empty()));
    }

    @Test
    void linearStartsFromTheFirstAgentForEveryCallerThenGoesDownTheList() {
        List<Hunt.Candidate> members = List.of(free("201"), free("202"), free("203"));
        assertEquals(List.of("201"), next(Strategy.LINEAR, members, Set.of(), Optional.of("202")));
        assertEquals(List.of("202"), next(Strategy.LINEAR, members, Set.of("201"), Optional.of("201")));
        assertEquals(List.of("203"), next(Strategy.LINEAR, members, Set.of("201", "202"), Optional.of("202")));
        assertEquals(List.of(), next(Strategy.LINEAR, members, Set.of("201", "202", "203"), Optional.empty()),
                "a round is over when everyone was tried");
    }

    @Test
    void linearSkipsAgentsWhoAreNotAvailable() {
        assertEquals(List.of("203"), next(Strategy.LINEAR, List.of(busy("201"), busy("202"), free("203")), Set.of(),
                Optional.empty()));
    }

    @Test
    void rrmemoryGoesOnAfterTheAgentRungLastAcrossCallers() {
        List<Hunt.Candidate> members = List.of(free("201"), free("202"), free("203"));
        List<String> order = new ArrayList<>();
        Optional<String> last = Optional.empty();
        for (int call = 0; call < 5; call++) {
            String rung = next(Strategy.RRMEMORY, members, Set.of(), last).get(0);
            order.add(rung);
            last = Optional.of(rung);
        }
        assertEquals(List.of("201", "202", "203", "201", "202"), order);
    }

    @Test
    void rrmemorySkipsABusyAgentAndKeepsItsPlace() {
        List<Hunt.Candidate> members = List.of(free("201"), busy("202"), free("203"));
        assertEquals(List.of("203"), next(Strategy.RRMEMORY, members, Set.of(), Optional.of("201")));
        assertEquals(List.of("201"), next(Strategy.RRMEMORY, members, Set.of(), Optional.of("203")));
        assertEquals(List.of("201"), next(Strategy.RRMEMORY, List.of(free("201"), free("202"), free("203")),
                Set.of(), Optional.of("gone")), "an agent rung last who left the queue: start again from the first");
    }

    @Test
    void leastrecentRingsWhoseLastCallEndedLongestAgoNeverCalledFirst() {
        assertEquals(List.of("203"), next(Strategy.LEASTRECENT,
                List.of(history("201", 30, 1), history("202", 10, 5), free("203")), Set.of(), Optional.empty()));
        assertEquals(List.of("202"), next(Strategy.LEASTRECENT,
                List.of(history("201", 30, 1), history("202", 10, 5), history("203", 20, 0)), Set.of(),
                Optional.empty()));
        assertEquals(List.of("201"), next(Strategy.LEASTRECENT,
                List.of(history("201", 30, 1), history("202", 10, 5), history("203", 20, 0)), Set.of("202", "203"),
                Optional.empty()), "the next best after the agents tried in this round");
    }

    @Test
    void fewestcallsRingsTheAgentWithTheFewestCallsTiesInListOrder() {
        assertEquals(List.of("202"), next(Strategy.FEWESTCALLS,
                List.of(history("201", 0, 3), history("202", 0, 1), history("203", 0, 2)), Set.of(),
                Optional.empty()));
        assertEquals(List.of("201"), next(Strategy.FEWESTCALLS,
                List.of(history("201", 0, 1), history("202", 0, 1)), Set.of(), Optional.empty()));
        assertEquals(List.of("203"), next(Strategy.FEWESTCALLS,
                List.of(history("201", 0, 3), new Hunt.Candidate("202", false, Optional.empty(), 0),
                        history("203", 0, 4)), Set.of("201"), Optional.empty()));
    }

    @Test
    void randomPicksAmongTheAvailableUntriedAgentsOnly() {
        List<Hunt.Candidate> members = List.of(free("201"), busy("202"), free("203"), free("204"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            int pick = i;
            seen.addAll(Hunt.next(Strategy.RANDOM, members, Set.of("204"), Optional.empty(), n -> pick % n));
        }
        assertEquals(Set.of("201", "203"), seen);
    }

    @Test
    void nobodyAvailableMeansNobodyRings() {
        for (Strategy s : Strategy.values()) {
            assertEquals(List.of(), next(s, List.of(busy("201"), busy("202")), Set.of(), Optional.empty()),
                    s.apiName());
        }
    }
}
