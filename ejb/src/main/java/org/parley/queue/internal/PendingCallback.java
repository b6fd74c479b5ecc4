package org.parley.queue.internal;

import java.util.Optional;
import java.util.logging.Logger;
import org.parley.agent.Scheduler;
import org.parley.platform.state.TransitionTable;

/**
 * A callback a caller asked for: the number to call, how often the customer was tried, the call placed for it now
 * and the agent rung, and its {@link CallbackStage}. Carried by the virtual {@link QueueEntry} that keeps the caller's
 * place. Changed only on the queue's lane.
 */
final class PendingCallback {

    private static final Logger LOG = Logger.getLogger(PendingCallback.class.getName());

    /** The callback's id (the virtual entry's key in the line). */
    final String id;
    /** The caller's call that asked for it. */
    final String requestedBy;
    /** The number to call (as keyed or the caller ID). */
    final String number;
    private CallbackStage stage = CallbackStage.REQUESTED;
    private int failures;
    private String callId;
    private String agent;
    private Scheduler.Scheduled retry;

    PendingCallback(String id, String requestedBy, String number) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.number = number;
    }

    /** A callback stored before a restart, back in the line ({@link CallbackStage#WAITING}) with its failures. */
    static PendingCallback restored(String id, String requestedBy, String number, int failures) {
        PendingCallback cb = new PendingCallback(id, requestedBy, number);
        cb.failures = failures;
        cb.move(CallbackStage.Trigger.QUEUED);
        return cb;
    }

    CallbackStage stage() {
        return stage;
    }

    boolean is(CallbackStage s) {
        return stage == s;
    }

    boolean can(CallbackStage.Trigger trigger) {
        return CallbackStage.TABLE.next(stage, trigger).isPresent();
    }

    /**
     * Moves the callback on {@code trigger}.
     *
     * @throws TransitionTable.IllegalTransition (logged) when the table does not allow it
     */
    void move(CallbackStage.Trigger trigger) {
        try {
            stage = CallbackStage.TABLE.require(stage, trigger);
        } catch (TransitionTable.IllegalTransition e) {
            LOG.warning(() -> "Callback " + id + " to " + number + ": " + e.getMessage());
            throw e;
        }
    }

    /** An agent is rung for it, on the call {@code call}. */
    void dialled(String ringingAgent, String call) {
        move(CallbackStage.Trigger.DIAL);
        agent = ringingAgent;
        callId = call;
    }

    /** The call placed for it now, if any. */
    Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** The agent rung (or talking) for it, if any. */
    Optional<String> agent() {
        return Optional.ofNullable(agent);
    }

    /** The customer could not be reached once more; returns how many times that happened. */
    int customerFailed() {
        callId = null;
        return ++failures;
    }

    /** The agent did not answer: the call is over, another agent next. */
    void agentMissed() {
        move(CallbackStage.Trigger.AGENT_NO_ANSWER);
        callId = null;
        agent = null;
    }

    int failures() {
        return failures;
    }

    void retryTimer(Scheduler.Scheduled timer) {
        retry = timer;
    }

    void cancelTimer() {
        if (retry != null) {
            retry.cancel();
        }
    }

    @Override
    public String toString() {
        return "callback " + id + " to " + number + " (" + stage + ", " + failures + " failed)";
    }
}
