package org.parley.queue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a queue chooses whom to ring (Asterisk app_queue's names and semantics; see docs/queues.md). */
public enum Strategy {
    /** Ring every available agent at once; the first to answer takes the call. */
    RINGALL("Call all available agents"),
    /** Ring the agent whose last call from this queue ended longest ago (never called first). */
    LEASTRECENT("Calls the agent who has received the call for the longest time"),
    /** Ring the agent with the fewest completed calls from this queue. */
    FEWESTCALLS("Calls the agent who has received the least call"),
    /** Ring an agent chosen at random. */
    RANDOM("Call a random agent"),
    /** Round robin with memory: go on after the agent rung last, across calls. */
    RRMEMORY("Call agents one after the other"),
    /** Ring agents in their order, starting from the first one for every caller. */
    LINEAR("Call agents one after the other starting with the first in the list");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    /** The name in the API and in Asterisk ({@code ringall}, {@code rrmemory} …). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the console shows. */
    public String label() {
        return label;
    }

    public static Optional<Strategy> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
