package org.parley.queue;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A queue's configuration, checked: what {@link CallQueue} is made of. Its constructor enforces the rules that do not
 * depend on other data (ranges, distinct numbers, an agent listed once); the service checks the rest (extensions that
 * exist, numbers nobody else uses).
 */
public record QueueDefinition(String name, String extension, Strategy strategy, int maxWaitSeconds,
        Optional<String> fallback, int agentRingSeconds, int retrySeconds, int wrapUpSeconds, int maxCallers,
        int serviceLevelSeconds, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
        Optional<String> disconnectionNumber, List<QueueMemberView> members, QueueThresholds thresholds,
        CallerAudio audio, QueueCallback callback) {

    public QueueDefinition {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(thresholds, "thresholds");
        members = List.copyOf(members);
        require(maxWaitSeconds >= 0, "maxWaitSeconds must not be negative");
        require(agentRingSeconds >= 1, "agentRingSeconds must be at least 1");
        require(retrySeconds >= 0, "retrySeconds must not be negative");
        require(wrapUpSeconds >= 0, "wrapUpSeconds must not be negative");
        require(maxCallers >= 0, "maxCallers must not be negative");
        require(serviceLevelSeconds >= 0, "serviceLevelSeconds must not be negative");
        require(!audio.announceFrequency().isNegative(), "announceFrequency must not be negative");
        Set<String> numbers = new HashSet<>();
        numbers.add(extension);
        connectionNumber.ifPresent(n -> require(numbers.add(n), "the agent connection number must differ"));
        disconnectionNumber.ifPresent(n -> require(numbers.add(n), "the agent disconnection number must differ"));
        Set<String> agents = new HashSet<>();
        members.forEach(m -> require(agents.add(m.extension()), "agent " + m.extension() + " is listed twice"));
    }

    /** With thresholds and caller audio, no callback ({@link QueueCallback#OFF}). */
    public QueueDefinition(String name, String extension, Strategy strategy, int maxWaitSeconds,
            Optional<String> fallback, int agentRingSeconds, int retrySeconds, int wrapUpSeconds, int maxCallers,
            int serviceLevelSeconds, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members, QueueThresholds thresholds,
            CallerAudio audio) {
        this(name, extension, strategy, maxWaitSeconds, fallback, agentRingSeconds, retrySeconds, wrapUpSeconds,
                maxCallers, serviceLevelSeconds, joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber,
                members, thresholds, audio, QueueCallback.OFF);
    }

    /** A definition with the default caller audio ({@link CallerAudio#DEFAULT}). */
    public QueueDefinition(String name, String extension, Strategy strategy, int maxWaitSeconds,
            Optional<String> fallback, int agentRingSeconds, int retrySeconds, int wrapUpSeconds, int maxCallers,
            int serviceLevelSeconds, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members) {
        this(name, extension, strategy, maxWaitSeconds, fallback, agentRingSeconds, retrySeconds, wrapUpSeconds,
                maxCallers, serviceLevelSeconds, joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber,
                members,
                QueueThresholds.NONE, CallerAudio.DEFAULT);
    }

    /** With wallboard thresholds and the default caller audio. */
    public QueueDefinition(String name, String extension, Strategy strategy, int maxWaitSeconds,
            Optional<String> fallback, int agentRingSeconds, int retrySeconds, int wrapUpSeconds, int maxCallers,
            int serviceLevelSeconds, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members, QueueThresholds thresholds) {
        this(name, extension, strategy, maxWaitSeconds, fallback, agentRingSeconds, retrySeconds, wrapUpSeconds,
                maxCallers, serviceLevelSeconds, joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber,
                members,
                thresholds, CallerAudio.DEFAULT);
    }

    /** With caller audio and no wallboard thresholds. */
    public QueueDefinition(String name, String extension, Strategy strategy, int maxWaitSeconds,
            Optional<String> fallback, int agentRingSeconds, int retrySeconds, int wrapUpSeconds, int maxCallers,
            int serviceLevelSeconds, boolean joinWhenEmpty, boolean leaveWhenEmpty, Optional<String> connectionNumber,
            Optional<String> disconnectionNumber, List<QueueMemberView> members, CallerAudio audio) {
        this(name, extension, strategy, maxWaitSeconds, fallback, agentRingSeconds, retrySeconds, wrapUpSeconds,
                maxCallers, serviceLevelSeconds, joinWhenEmpty, leaveWhenEmpty, connectionNumber, disconnectionNumber,
                members,
                QueueThresholds.NONE, audio);
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new IllegalArgumentException(message);
        }
    }
}
