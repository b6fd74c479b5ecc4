package org.parley.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A queue live: who waits (in arrival order) and which agents are connected.
 *
 * @param queueId         the queue
 * @param waiting         callers not connected to an agent yet, first come first
 * @param connectedAgents agents connected (static ones always), in the queue's order
 */
public record QueueStatus(long queueId, List<WaitingCaller> waiting, List<String> connectedAgents) {

    public QueueStatus {
        waiting = List.copyOf(waiting);
        connectedAgents = List.copyOf(connectedAgents);
    }

    /**
     * A caller waiting.
     *
     * @param callId   the call
     * @param caller   the caller's number
     * @param since    when they entered the queue
     * @param position their place in the line, from 1
     * @param ringing  the agents being rung for them now
     * @param callback whether this is a callback keeping a caller's place (docs/queues.md, "Callback"): its
     *                 {@code callId} is the callback's id, {@code caller} the number to call back
     */
    public record WaitingCaller(String callId, String caller, Instant since, int position, List<String> ringing,
            boolean callback) {

        public WaitingCaller {
            ringing = List.copyOf(ringing);
        }

        /** A caller on the line. */
        public WaitingCaller(String callId, String caller, Instant since, int position, List<String> ringing) {
            this(callId, caller, since, position, ringing, false);
        }
    }

    /** How many of the waiting are callbacks keeping a caller's place. */
    public int callbacksWaiting() {
        return (int) waiting.stream().filter(WaitingCaller::callback).count();
    }

    /** How long the first caller has waited, if anyone waits. */
    public Optional<Duration> longestWait(Instant now) {
        return waiting.stream().findFirst().map(w -> Duration.between(w.since(), now));
    }
}
