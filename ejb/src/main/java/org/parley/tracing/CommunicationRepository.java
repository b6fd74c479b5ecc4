package org.parley.tracing;

import java.util.List;
import java.util.Optional;

/** Stored call communications. */
public interface CommunicationRepository {

    Optional<Communication> find(long id);

    boolean existsForCall(String callId);

    /** Matching communications newest first; those of {@code limitedTo} only (own or on a followed case) if given. */
    List<Communication> search(CommunicationQuery query, Optional<String> limitedTo, int offset, int limit);

    long count(CommunicationQuery query, Optional<String> limitedTo);

    void add(Communication communication);

    void remove(Communication communication);
}
