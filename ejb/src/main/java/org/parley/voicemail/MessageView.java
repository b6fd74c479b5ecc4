package org.parley.voicemail;

import java.time.Duration;
import java.time.Instant;

/**
 * A message as lists show it.
 *
 * @param id           its id
 * @param mailbox      the box's number
 * @param callerNumber who called
 * @param callerName   the caller's display name (may be empty)
 * @param receivedAt   when the caller hung up
 * @param duration     the recording's length
 * @param heard        whether someone listened to it (or marked it heard)
 */
public record MessageView(String id, String mailbox, String callerNumber, String callerName, Instant receivedAt,
        Duration duration, boolean heard) {

    /** Whole seconds, rounded. */
    public long durationSeconds() {
        return Math.round(duration.toMillis() / 1000.0);
    }
}
