package org.parley.queue.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.parley.agent.Scheduler;
import org.parley.platform.state.TransitionTable;

/**
 * A caller in a queue: who, since when, at which place they came in, the agents ringing for them and those tried in
 * this round, where they stand ({@link EntryStage}) and their timers. Changed only on the queue's lane.
 */
final class QueueEntry {

    private static final Logger LOG = Logger.getLogger(QueueEntry.class.getName());

    final String callId;
    final String caller;
    final Instant enteredAt;
    final int origPosition;
    /** Agents rung for this caller in the current round (a new round starts when all were tried). */
    final Set<String> tried = new HashSet<>();
    /** Agents ringing now, with when their ring started. */
    final Map<String, Instant> rung = new LinkedHashMap<>();
    private EntryStage stage = EntryStage.WAITING;
    private String agent;
    private Instant connectedAt;
    private Scheduler.Scheduled maxWait;
    private Scheduler.Scheduled retry;
    /** For a virtual entry, the callback it keeps the place of. */
    private final Optional<PendingCallback> callback;
    /** The caller is in the callback dialogue: not rung meanwhile. */
    private boolean talking;

    QueueEntry(String callId, String caller, Instant enteredAt, int origPosition) {
        this(callId, caller, enteredAt, origPosition, Optional.empty());
    }

    private QueueEntry(String callId, String caller, Instant enteredAt, int origPosition,
            Optional<PendingCallback> callback) {
        this.callId = callId;
        this.caller = caller;
        this.enteredAt = enteredAt;
        this.origPosition = origPosition;
        this.callback = callback;
    }

    /** The virtual entry keeping this caller's place for {@code cb}: same arrival and original position. */
    QueueEntry virtualFor(PendingCallback cb) {
        return new QueueEntry(cb.id, cb.number, enteredAt, origPosition, Optional.of(cb));
    }

    /** A virtual entry for a callback stored before a restart. */
    static QueueEntry virtual(PendingCallback cb, Instant enteredAt, int origPosition) {
        return new QueueEntry(cb.id, cb.number, enteredAt, origPosition, Optional.of(cb));
    }

    /** The callback this virtual entry keeps the place of; empty for a caller on the line. */
    Optional<PendingCallback> callback() {
        return callback;
    }

    boolean talking() {
        return talking;
    }

    void talking(boolean inDialogue) {
        talking = inDialogue;
    }

    EntryStage stage() {
        return stage;
    }

    boolean is(EntryStage s) {
        return stage == s;
    }

    /** Still waiting for an agent (waiting, ringing or pausing before a retry). */
    boolean waiting() {
        return stage != EntryStage.CONNECTED && stage != EntryStage.LEFT;
    }

    /** Whether {@code trigger} applies now; a timer or event that does not is late, and ignored by the queue. */
    boolean can(EntryStage.Trigger trigger) {
        return EntryStage.TABLE.next(stage, trigger).isPresent();
    }

    /**
     * Moves the caller on {@code trigger}.
     *
     * @throws TransitionTable.IllegalTransition (logged) when the table does not allow it
     */
    void move(EntryStage.Trigger trigger) {
        try {
            stage = EntryStage.TABLE.require(stage, trigger);
        } catch (TransitionTable.IllegalTransition e) {
            LOG.warning(() -> "Call " + callId + " in queue: " + e.getMessage());
            throw e;
        }
    }

    /** An agent answered at {@code now}: connected, timers cancelled. */
    void connect(String answeringAgent, Instant now) {
        move(EntryStage.Trigger.ANSWER);
        cancelTimers();
        agent = answeringAgent;
        connectedAt = now;
    }

    /** The agent connected to the caller (once {@link EntryStage#CONNECTED}). */
    String agent() {
        return agent;
    }

    Instant connectedAt() {
        return connectedAt;
    }

    void maxWaitTimer(Scheduler.Scheduled timer) {
        maxWait = timer;
    }

    void retryTimer(Scheduler.Scheduled timer) {
        retry = timer;
    }

    void cancelTimers() {
        if (maxWait != null) {
            maxWait.cancel();
        }
        if (retry != null) {
            retry.cancel();
        }
    }
}
