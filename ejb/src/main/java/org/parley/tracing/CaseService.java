package org.parley.tracing;

import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Caller;

/**
 * Case files. Agents see only the cases they follow; supervisors and administrators see them all (a case hidden from
 * its caller is reported as not found).
 */
public interface CaseService {

    CaseView create(CaseInput input);

    CaseView update(long id, CaseInput input);

    void delete(long id);

    Optional<CaseView> find(Caller caller, long id);

    /** Cases whose title or reference contains {@code q}, of this status if given, newest first. */
    Page<CaseView> search(Caller caller, String q, Optional<CaseStatus> status, PageRequest page);
}
