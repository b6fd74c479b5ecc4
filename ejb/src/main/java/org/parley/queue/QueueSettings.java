package org.parley.queue;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue's configuration, immutable: what its live side works with.
 *
 * @param id                  the queue
 * @param name                its name
 * @param extension           the number callers dial
 * @param strategy            whom it rings
 * @param maxWait             how long a caller waits at most (zero: no limit)
 * @param fallback            the extension a caller leaving without an agent goes to, if any
 * @param agentRingTime       how long one ring of an agent lasts at most
 * @param retry               pause between two ring rounds of a caller
 * @param wrapUp              an agent's wrap-up after a call from this queue
 * @param maxCallers          callers waiting at most (0: no limit)
 * @param serviceLevel        the service-level threshold (answered within it counts as within service level)
 * @param joinWhenEmpty       whether a caller may enter while no agent is connected
 * @param leaveWhenEmpty      whether waiting callers leave when the last agent disconnects
 * @param connectionNumber    what a dynamic agent dials to connect, if set
 * @param disconnectionNumber what a dynamic agent dials to disconnect, if set
 * @param members             static and dynamic agents, in their order
 * @param thresholds          when the wallboard colours the queue's figures amber or red
 * @param audio               what a waiting caller hears
 * @param callback            the callback offer to waiting callers
 */
public record QueueSettings(long id, String name, String extension, Strategy strategy, Duration maxWait,
        Optional<String> fallback, Duration agentRingTime, Duration retry, Duration wrapUp, int maxCallers,
        Duration serviceLevel, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
        Optional<String> disconnectionNumber, List<QueueMemberView> members, QueueThresholds thresholds,
        CallerAudio audio, QueueCallback callback) {

    public QueueSettings {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(thresholds, "thresholds");
        members = List.copyOf(members);
    }

    /** With thresholds and caller audio, no callback ({@link QueueCallback#OFF}). */
    public QueueSettings(long id, String name, String extension, Strategy strategy, Duration maxWait,
            Optional<String> fallback, Duration agentRingTime, Duration retry, Duration wrapUp, int maxCallers,
            Duration serviceLevel, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members, QueueThresholds thresholds,
            CallerAudio audio) {
        this(id, name, extension, strategy, maxWait, fallback, agentRingTime, retry, wrapUp, maxCallers, serviceLevel,
                joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber, members, thresholds, audio,
                QueueCallback.OFF);
    }

    /** Settings with the default caller audio ({@link CallerAudio#DEFAULT}). */
    public QueueSettings(long id, String name, String extension, Strategy strategy, Duration maxWait,
            Optional<String> fallback, Duration agentRingTime, Duration retry, Duration wrapUp, int maxCallers,
            Duration serviceLevel, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members) {
        this(id, name, extension, strategy, maxWait, fallback, agentRingTime, retry, wrapUp, maxCallers, serviceLevel,
                joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber, members,
                QueueThresholds.NONE, CallerAudio.DEFAULT);
    }

    /** With wallboard thresholds and the default caller audio. */
    public QueueSettings(long id, String name, String extension, Strategy strategy, Duration maxWait,
            Optional<String> fallback, Duration agentRingTime, Duration retry, Duration wrapUp, int maxCallers,
            Duration serviceLevel, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members, QueueThresholds thresholds) {
        this(id, name, extension, strategy, maxWait, fallback, agentRingTime, retry, wrapUp, maxCallers, serviceLevel,
                joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber, members,
                thresholds, CallerAudio.DEFAULT);
    }

    /** With caller audio and no wallboard thresholds. */
    public QueueSettings(long id, String name, String extension, Strategy strategy, Duration maxWait,
            Optional<String> fallback, Duration agentRingTime, Duration retry, Duration wrapUp, int maxCallers,
            Duration serviceLevel, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members, CallerAudio audio) {
        this(id, name, extension, strategy, maxWait, fallback, agentRingTime, retry, wrapUp, maxCallers, serviceLevel,
                joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber, members,
                QueueThresholds.NONE, audio);
    }

    /** The members of one kind, in order. */
    public List<String> members(MemberKind kind) {
        return members.stream().filter(m -> m.kind() == kind).map(QueueMemberView::extension).toList();
    }

    /** How this extension belongs to the queue, if it does. */
    public Optional<MemberKind> kindOf(String extension) {
        return members.stream().filter(m -> m.extension().equals(extension)).map(QueueMemberView::kind).findFirst();
    }
}
