package org.parley.tracing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which tasks to list; empty means any.
 *
 * @param assignee assigned to this user
 * @param due      due on this day
 * @param done     done or not
 * @param caseId   of this case file
 * @param kind     tasks or calls
 */
public record ActivityQuery(Optional<String> assignee, Optional<LocalDate> due, Optional<Boolean> done,
        Optional<Long> caseId, Optional<ActivityKind> kind) {
}
