package org.parley.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueSettings;

/**
 * Writes a live queue's facts to its event log, in Asterisk's vocabulary (ENTERQUEUE, RINGNOANSWER, CONNECT,
 * COMPLETECALLER …) with the figures each event carries.
 */
final class QueueEventWriter {

    /** Asterisk's ATTENDEDTRANSFER method when the transferee and the target end up bridged. */
    private static final String ATTENDED_METHOD = "BRIDGE";

    private final Supplier<QueueSettings> settings;
    private final Consumer<QueueEventView> log;

    QueueEventWriter(Supplier<QueueSettings> settings, Consumer<QueueEventView> log) {
        this.settings = settings;
        this.log = log;
    }

    void enterQueue(QueueEntry e) {
        log.accept(event(QueueEventType.ENTERQUEUE, e.enteredAt).withCall(e.callId).withCaller(e.caller)
                .withOrigPosition(e.origPosition));
    }

    /** RINGNOANSWER or RINGCANCELED for an agent whose ring started at {@code ringStart}. */
    void ringEnded(QueueEventType type, String callId, String agent, Instant ringStart, Instant now) {
        log.accept(event(type, now).withCall(callId).withAgent(agent)
                .withRing(Duration.between(ringStart, now).toMillis()));
    }

    void connect(QueueEntry e, Instant ringStart, Instant now) {
        log.accept(event(QueueEventType.CONNECT, now).withCall(e.callId).withAgent(e.agent())
                .withWait(seconds(e.enteredAt, now)).withRing(Duration.between(ringStart, now).toMillis()));
    }

    /** ABANDON, EXITWITHTIMEOUT or EXITEMPTY: the caller left at {@code position} without an agent. */
    void left(QueueEventType type, QueueEntry e, int position, Instant now) {
        log.accept(event(type, now).withCall(e.callId).withPositions(position, e.origPosition)
                .withWait(seconds(e.enteredAt, now)));
    }

    /** COMPLETECALLER or COMPLETEAGENT for a connected call. */
    QueueEventView completed(QueueEventType type, QueueEntry e, Instant at) {
        return done(e, event(type, at));
    }

    /** BLINDTRANSFER (with how) or ATTENDEDTRANSFER for a connected call, with its target. */
    QueueEventView transferred(QueueEntry e, String how, String target, Instant at) {
        boolean attended = how.equals("attended") || how.equals("replaces");
        return done(e, event(attended ? QueueEventType.ATTENDEDTRANSFER : QueueEventType.BLINDTRANSFER, at)
                .withTarget(target).withReason(attended ? ATTENDED_METHOD : how));
    }

    private QueueEventView done(QueueEntry e, QueueEventView done) {
        QueueEventView written = done.withCall(e.callId).withAgent(e.agent())
                .withWait(seconds(e.enteredAt, e.connectedAt())).withTalk(seconds(e.connectedAt(), done.at()))
                .withOrigPosition(e.origPosition);
        log.accept(written);
        return written;
    }

    /** CALLBACKREQUEST: the caller of {@code callerCall} asked for a callback at {@code position} and hung up. */
    void callbackRequest(QueueEntry virtual, String callerCall, int position, Instant now) {
        log.accept(event(QueueEventType.CALLBACKREQUEST, now).withCall(callerCall).withCaller(virtual.caller)
                .withPositions(position, virtual.origPosition).withWait(seconds(virtual.enteredAt, now)));
    }

    /** CALLBACKCONNECT: the callback's call {@code call} reached the customer, {@code agent} on it. */
    void callbackConnect(QueueEntry virtual, String call, String agent, Instant now) {
        log.accept(event(QueueEventType.CALLBACKCONNECT, now).withCall(call).withAgent(agent)
                .withCaller(virtual.caller).withOrigPosition(virtual.origPosition)
                .withWait(seconds(virtual.enteredAt, now)));
    }

    /** CALLBACKFAILED: the callback gives up ({@code why}: the last try's outcome, or the queue is gone). */
    void callbackFailed(QueueEntry virtual, String call, String why, Instant now) {
        log.accept(event(QueueEventType.CALLBACKFAILED, now).withCall(call).withCaller(virtual.caller)
                .withReason(why).withOrigPosition(virtual.origPosition).withWait(seconds(virtual.enteredAt, now)));
    }

    void agentLogin(String agent, Instant now) {
        log.accept(event(QueueEventType.AGENTLOGIN, now).withAgent(agent));
    }

    void agentLogoff(String agent, Instant since, Instant now) {
        log.accept(event(QueueEventType.AGENTLOGOFF, now).withAgent(agent).withLogin(seconds(since, now)));
    }

    /** PAUSE with the reason, or UNPAUSE. */
    void pause(String agent, boolean paused, Optional<String> reason, Instant now) {
        QueueEventView e = event(paused ? QueueEventType.PAUSE : QueueEventType.UNPAUSE, now).withAgent(agent);
        log.accept(paused ? e.withReason(reason.orElse(null)) : e);
    }

    private QueueEventView event(QueueEventType type, Instant at) {
        return QueueEventView.of(settings.get(), at, type);
    }

    static int seconds(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toSeconds());
    }
}
