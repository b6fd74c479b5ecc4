package org.parley.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.platform.state.TransitionTable;

/**
 * One agent (an extension answering queue calls), live: the queues they are connected to, their state
 * ({@link AgentState#TABLE}), the queue call they are rung for or on, a pause and its reason, their wrap-up, and the
 * other calls they are on. Each method applies one fact and returns the transitions it caused (none when the fact
 * does not concern the agent any more, e.g. the end of a ring they were already released from). Not thread-safe:
 * the roster serialises everything about one agent.
 */
public final class Agent {

    /**
     * One move of the state machine (a self-loop when a pause is only noted or withdrawn).
     *
     * @param from    state before
     * @param to      state after
     * @param trigger what moved it
     * @param at      when
     */
    public record Transition(AgentState from, AgentState to, AgentState.Trigger trigger, Instant at) {
    }

    private final String extension;
    private final Set<Long> queues = new LinkedHashSet<>();
    private final Set<String> otherCalls = new LinkedHashSet<>();
    private AgentState state = AgentState.LOGGED_OUT;
    private Instant since;
    private String queueCall;
    private String pauseReason;
    private boolean pauseNoted;
    private Instant wrapUpUntil;
    private long wrapUps;
    private Instant freeSince;

    public Agent(String extension, Instant now) {
        this.extension = Objects.requireNonNull(extension, "extension");
        this.since = Objects.requireNonNull(now, "now");
    }

    /** Connects the agent to a queue; the first one logs them in. */
    public List<Transition> join(long queueId, Instant now) {
        if (!queues.add(queueId) || state != AgentState.LOGGED_OUT) {
            return List.of();
        }
        return List.of(move(AgentState.Trigger.LOGIN, now));
    }

    /**
     * Disconnects the agent from a queue; the last one logs them out, whatever they were doing (a call goes on
     * without them counting as a queue agent; a pause is forgotten).
     */
    public List<Transition> leave(long queueId, Instant now) {
        if (!queues.remove(queueId) || !queues.isEmpty()) {
            return List.of();
        }
        Transition t = move(AgentState.Trigger.LOGOUT, now);
        queueCall = null;
        pauseReason = null;
        pauseNoted = false;
        wrapUpUntil = null;
        return List.of(t);
    }

    /** Free for a queue: available, and on no other call. */
    public boolean available() {
        return state == AgentState.AVAILABLE && otherCalls.isEmpty();
    }

    /**
     * Notes when the agent became {@link #available()} (the roster calls it on each change that made them so: a
     * call, a ring, a wrap-up or a pause ending, a login), so that a queue ringing them knows how long they waited.
     */
    public void becameFree(Instant now) {
        freeSince = Objects.requireNonNull(now, "now");
    }

    /** Since when the agent is free; empty when they are not. */
    public Optional<Instant> freeSince() {
        return available() ? Optional.ofNullable(freeSince) : Optional.empty();
    }

    /**
     * A queue wants to ring the agent for a call (guard: connected to that queue, available).
     *
     * @return the transition, or empty when the agent may not be rung now
     */
    public Optional<Transition> offer(String callId, long queueId, Instant now) {
        if (!available() || !queues.contains(queueId)) {
            return Optional.empty();
        }
        queueCall = Objects.requireNonNull(callId, "callId");
        return Optional.of(move(AgentState.Trigger.OFFER, now));
    }

    /** The ring for this call ended unanswered; a pause noted meanwhile applies now. */
    public List<Transition> ringEnded(String callId, Instant now) {
        if (state != AgentState.RINGING || !callId.equals(queueCall)) {
            return List.of();
        }
        queueCall = null;
        List<Transition> ts = new ArrayList<>();
        ts.add(move(AgentState.Trigger.NO_ANSWER, now));
        applyNotedPause(now, ts);
        return ts;
    }

    /** The agent answered the call they were rung for. */
    public Optional<Transition> answered(String callId, Instant now) {
        if (state != AgentState.RINGING || !callId.equals(queueCall)) {
            return Optional.empty();
        }
        return Optional.of(move(AgentState.Trigger.ANSWER, now));
    }

    /**
     * The queue call ended: wrap-up for {@code wrapUp} (over at once when zero), or the pause noted during the call.
     * When the wrap-up lasts, {@link #wrapUpOver} with {@link #wrapUpGeneration()} ends it.
     */
    public List<Transition> hungUp(String callId, Duration wrapUp, Instant now) {
        if (state != AgentState.IN_CALL || !callId.equals(queueCall)) {
            return List.of();
        }
        queueCall = null;
        List<Transition> ts = new ArrayList<>();
        ts.add(move(AgentState.Trigger.HANG_UP, now));
        wrapUps++;
        if (pauseNoted) {
            applyNotedPause(now, ts);
        } else if (wrapUp.isZero() || wrapUp.isNegative()) {
            ts.add(move(AgentState.Trigger.WRAP_UP_OVER, now));
        } else {
            wrapUpUntil = now.plus(wrapUp);
        }
        return ts;
    }

    /** Which wrap-up is running (a timer set for an earlier one is stale). */
    public long wrapUpGeneration() {
        return wrapUps;
    }

    /** The wrap-up of generation {@code generation} is over. */
    public List<Transition> wrapUpOver(long generation, Instant now) {
        if (state != AgentState.WRAP_UP || generation != wrapUps) {
            return List.of();
        }
        wrapUpUntil = null;
        return List.of(move(AgentState.Trigger.WRAP_UP_OVER, now));
    }

    /**
     * Pauses with a reason. During a ring or a queue call the pause is noted and applies when it ends; in wrap-up it
     * applies at once.
     *
     * @throws TransitionTable.IllegalTransition when the agent is logged out
     */
    public List<Transition> pause(String reason, Instant now) {
        AgentState.TABLE.require(state, AgentState.Trigger.PAUSE);
        pauseReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (state == AgentState.RINGING || state == AgentState.IN_CALL) {
            pauseNoted = true;
            return List.of(move(AgentState.Trigger.PAUSE, now));
        }
        wrapUpUntil = null;
        return List.of(move(AgentState.Trigger.PAUSE, now));
    }

    /**
     * Resumes a pause, or withdraws one noted during a ring or call.
     *
     * @throws TransitionTable.IllegalTransition when the agent is neither paused nor has a pause noted
     */
    public List<Transition> unpause(Instant now) {
        boolean noted = (state == AgentState.RINGING || state == AgentState.IN_CALL) && pauseNoted;
        if (state != AgentState.PAUSED && !noted) {
            throw new TransitionTable.IllegalTransition("agent", state, AgentState.Trigger.UNPAUSE);
        }
        pauseNoted = false;
        pauseReason = null;
        return List.of(move(AgentState.Trigger.UNPAUSE, now));
    }

    /**
     * The agent is on a call no queue accounts for (placed or received directly).
     *
     * @return whether this changed their availability
     */
    public boolean busyOn(String callId) {
        boolean before = available();
        otherCalls.add(callId);
        return before != available();
    }

    /**
     * A call no queue accounts for is over for the agent.
     *
     * @return whether this changed their availability
     */
    public boolean freeOf(String callId) {
        boolean before = available();
        otherCalls.remove(callId);
        return before != available();
    }

    private void applyNotedPause(Instant now, List<Transition> ts) {
        if (pauseNoted) {
            pauseNoted = false;
            ts.add(move(AgentState.Trigger.PAUSE, now));
        }
    }

    private Transition move(AgentState.Trigger trigger, Instant now) {
        AgentState from = state;
        state = AgentState.TABLE.require(from, trigger);
        if (state != from) {
            since = now;
        }
        return new Transition(from, state, trigger, now);
    }

    public String extension() {
        return extension;
    }

    public AgentState state() {
        return state;
    }

    /** The agent as shown to people and systems. */
    public AgentView view() {
        return new AgentView(extension, state, since, !otherCalls.isEmpty(), available(),
                Optional.ofNullable(pauseReason), pauseNoted, Optional.ofNullable(queueCall),
                Optional.ofNullable(wrapUpUntil), Set.copyOf(queues));
    }
}
