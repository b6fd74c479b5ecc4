package org.parley.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.parley.call.CallView;

/**
 * The live agents as queues use them: connect and disconnect agents, find who is free, ring them (one queue at a
 * time: an agent offered to one queue is not available to another), and tell them how the ring and the call went.
 * Every method is quick and never blocks on the network or the database.
 */
public interface AgentPool {

    /** The agent with this extension (logged out when unknown). */
    AgentView view(String extension);

    /** Whether a queue may ring this agent now. */
    boolean available(String extension);

    /** Connects the agent to a queue. */
    void join(String extension, long queueId);

    /** Disconnects the agent from a queue. */
    void leave(String extension, long queueId);

    /**
     * Reserves an available agent for a call of a queue they are connected to.
     *
     * @return since when they were free (a queue measures how long a free agent waited to be rung); empty when they
     *         are not available (any more)
     */
    Optional<Instant> offer(String extension, String callId, long queueId);

    /** The ring for {@code callId} ended unanswered for this agent. */
    void ringEnded(String extension, String callId);

    /**
     * The agent answered {@code callId}.
     *
     * @return false when they were not rung for it (any more); the call then counts as one of their own calls
     */
    boolean answered(String extension, String callId);

    /** The queue call ended: the agent wraps up for {@code wrapUp}. */
    void hungUp(String extension, String callId, Duration wrapUp);

    /**
     * A queue accounts for this call's effect on agents itself (it rings them and tells the pool): only its caller
     * counts as busy through it.
     */
    void claim(String callId);

    /** The queue no longer accounts for the call (it ended, or went to a fallback). */
    void release(String callId);

    /**
     * A queue call was transferred: the queue no longer accounts for it, and whoever is on it now (the transfer's
     * target, a party still talking) counts as busy at once, as on any call. Called under the call's lock.
     */
    void handedOn(CallView call);
}
