package org.parley.tracing;

import java.util.Optional;

/**
 * Which communications to list; empty means any.
 *
 * @param caseId    on this case file
 * @param contact   with this contact as sender or recipient
 * @param direction incoming or outgoing
 * @param processed processed or not
 * @param reached   reached or not
 * @param filed     on a case file ({@code false}: "to be filed")
 */
public record CommunicationQuery(Optional<Long> caseId, Optional<Long> contact,
        Optional<CommunicationDirection> direction, Optional<Boolean> processed, Optional<Boolean> reached,
        Optional<Boolean> filed) {

    public static CommunicationQuery all() {
        return new CommunicationQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
