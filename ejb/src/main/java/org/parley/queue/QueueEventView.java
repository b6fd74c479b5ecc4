package org.parley.queue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the queue event log, with the data Asterisk's {@code queue_log} gives the event (absent fields are
 * empty): see docs/queues.md for which event carries what.
 *
 * @param queueId      the queue
 * @param queueName    its name then
 * @param at           when
 * @param type         what happened
 * @param callId       the call (the call record's id), for caller events
 * @param agent        the agent's extension, for agent events
 * @param caller       the caller's number (ENTERQUEUE)
 * @param position     the caller's position when leaving (ABANDON, EXIT*)
 * @param origPosition the caller's position on entering
 * @param waitSeconds  hold / wait time (CONNECT, COMPLETE*, ABANDON, EXIT*)
 * @param talkSeconds  call time (COMPLETE*)
 * @param ringMillis   ring time (CONNECT, RINGNOANSWER, RINGCANCELED)
 * @param loginSeconds how long the agent was connected (AGENTLOGOFF)
 * @param reason       pause reason (PAUSE); how a transfer was asked (BLINDTRANSFER: {@code blind} for a REFER,
 *                     {@code api} for the API, in Asterisk's context place) or completed (ATTENDEDTRANSFER:
 *                     {@code BRIDGE}, Asterisk's method)
 * @param target       who the call was transferred to (BLINDTRANSFER, ATTENDEDTRANSFER)
 */
public record QueueEventView(long queueId, String queueName, Instant at, QueueEventType type, Optional<String> callId,
        Optional<String> agent, Optional<String> caller, Optional<Integer> position, Optional<Integer> origPosition,
        Optional<Integer> waitSeconds, Optional<Integer> talkSeconds, Optional<Long> ringMillis,
        Optional<Integer> loginSeconds, Optional<String> reason, Optional<String> target) {

    public QueueEventView {
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
    }

    /** An event with no data yet: add it with the {@code with…} methods. */
    public static QueueEventView of(QueueSettings queue, Instant at, QueueEventType type) {
        return new QueueEventView(queue.id(), queue.name(), at, type, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public QueueEventView withCall(String id) {
        return new QueueEventView(queueId, queueName, at, type, Optional.of(id), agent, caller, position,
                origPosition, waitSeconds, talkSeconds, ringMillis, loginSeconds, reason, target);
    }

    public QueueEventView withAgent(String extension) {
        return new QueueEventView(queueId, queueName, at, type, callId, Optional.of(extension), caller, position,
                origPosition, waitSeconds, talkSeconds, ringMillis, loginSeconds, reason, target);
    }

    public QueueEventView withCaller(String number) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, Optional.of(number), position,
                origPosition, waitSeconds, talkSeconds, ringMillis, loginSeconds, reason, target);
    }

    public QueueEventView withPositions(int now, int original) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, Optional.of(now),
                Optional.of(original), waitSeconds, talkSeconds, ringMillis, loginSeconds, reason, target);
    }

    public QueueEventView withOrigPosition(int original) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, position,
                Optional.of(original), waitSeconds, talkSeconds, ringMillis, loginSeconds, reason, target);
    }

    public QueueEventView withWait(int seconds) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, position, origPosition,
                Optional.of(seconds), talkSeconds, ringMillis, loginSeconds, reason, target);
    }

    public QueueEventView withTalk(int seconds) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, position, origPosition,
                waitSeconds, Optional.of(seconds), ringMillis, loginSeconds, reason, target);
    }

    public QueueEventView withRing(long millis) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, position, origPosition,
                waitSeconds, talkSeconds, Optional.of(millis), loginSeconds, reason, target);
    }

    public QueueEventView withLogin(int seconds) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, position, origPosition,
                waitSeconds, talkSeconds, ringMillis, Optional.of(seconds), reason, target);
    }

    public QueueEventView withReason(String text) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, position, origPosition,
                waitSeconds, talkSeconds, ringMillis, loginSeconds, Optional.ofNullable(text), target);
    }

    public QueueEventView withTarget(String number) {
        return new QueueEventView(queueId, queueName, at, type, callId, agent, caller, position, origPosition,
                waitSeconds, talkSeconds, ringMillis, loginSeconds, reason, Optional.of(number));
    }
}
