package org.parley.tracing;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Caller;

/**
 * Tasks and scheduled calls. Agents see, create and change only their own (assigned to them); supervisors and
 * administrators all.
 */
public interface ActivityService {

    ActivityView create(Caller caller, ActivityInput input);

    ActivityView update(Caller caller, long id, ActivityInput input);

    void delete(Caller caller, long id);

    Optional<ActivityView> find(Caller caller, long id);

    /** Matching tasks by due date, then id. */
    Page<ActivityView> search(Caller caller, ActivityQuery query, PageRequest page);

    /** Today in Parley's time zone ({@code PARLEY_TIMEZONE}). */
    LocalDate today();
}
