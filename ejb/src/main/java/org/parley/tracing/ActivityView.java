package org.parley.tracing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A task or scheduled call as shown, with its case's reference and, for a call, the contact's name and the number
 * to dial (the contact's first).
 */
public record ActivityView(long id, ActivityKind kind, String title, String assignee, LocalDate due, boolean done,
        long caseId, String caseReference, Optional<Long> contactId, Optional<String> contactName,
        Optional<String> number) {
}
