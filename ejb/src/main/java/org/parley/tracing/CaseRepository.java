package org.parley.tracing;

import java.util.List;
import java.util.Optional;

/** Stored case files. */
public interface CaseRepository {

    Optional<CaseFile> find(long id);

    Optional<CaseFile> findByReference(String reference);

    /**
     * Cases newest first whose lower-case title or reference is {@code LIKE namePattern} (all when empty), of this
     * status when given, followed by this user when given.
     */
    List<CaseFile> search(Optional<String> namePattern, Optional<CaseStatus> status, Optional<String> follower,
            int offset, int limit);

    long count(Optional<String> namePattern, Optional<CaseStatus> status, Optional<String> follower);

    /** Open cases in which this contact, or this company, takes part. */
    List<CaseFile> openCasesOf(Optional<Long> contact, Optional<Long> company);

    void add(CaseFile caseFile);

    void remove(CaseFile caseFile);
}
