package org.parley.agent;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An agent as shown to people and systems.
 *
 * @param extension   the agent's extension
 * @param state       their state as queues see it
 * @param since       when they entered it
 * @param busy        on a call no queue accounts for (a queue does not ring them then)
 * @param available   a queue may ring them now (available and not busy)
 * @param pauseReason why they paused (also while a pause is only noted)
 * @param pauseNoted  a pause asked for during a ring or call, applied when it ends
 * @param queueCall   the queue call they are rung for or on
 * @param wrapUpUntil when their wrap-up ends
 * @param queues      the queues they are connected to (ids)
 */
public record AgentView(String extension, AgentState state, Instant since, boolean busy, boolean available,
        Optional<String> pauseReason, boolean pauseNoted, Optional<String> queueCall, Optional<Instant> wrapUpUntil,
        Set<Long> queues) {

    public AgentView {
        queues = Set.copyOf(queues);
    }

    /** A logged-out agent nobody has heard of yet. */
    public static AgentView loggedOut(String extension, Instant now) {
        return new AgentView(extension, AgentState.LOGGED_OUT, now, false, false, Optional.empty(), false,
                Optional.empty(), Optional.empty(), Set.of());
    }
}
