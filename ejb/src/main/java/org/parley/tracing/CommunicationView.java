package org.parley.tracing;

import java.time.Instant;
import java.util.Optional;

/** A call communication as shown to people and systems. */
public record CommunicationView(long id, CommunicationDirection direction, Optional<PartyView> sender,
        Optional<PartyView> recipient, Optional<String> subject, Optional<String> body, Optional<Boolean> reached,
        Optional<Boolean> messageLeft, Optional<Boolean> processed, Instant startedAt, int durationSeconds,
        Optional<String> callId, Optional<Long> caseId, Optional<Long> suggestedCaseId, Optional<Long> taskId,
        Optional<String> owner, Instant createdAt) {
}
