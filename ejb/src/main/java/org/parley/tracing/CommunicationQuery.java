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
 * @param owner     belonging to this user (theirs by a traced call, or typed by them)
 */
public record CommunicationQuery(Optional<Long> caseId, Optional<Long> contact,
        Optional<CommunicationDirection> direction, Optional<Boolean> processed, Optional<Boolean> reached,
        Optional<Boolean> filed, Optional<String> owner) {

    public static CommunicationQuery all() {
        return new CommunicationQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The communications of a case file. */
    public static CommunicationQuery onCase(long caseId) {
        return new CommunicationQuery(Optional.of(caseId), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The communications with a contact. */
    public static CommunicationQuery withContact(long contact) {
        return new CommunicationQuery(Optional.empty(), Optional.of(contact), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A user's communications on no case file yet: "to be filed". */
    public static CommunicationQuery toFile(String owner) {
        return new CommunicationQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false), Optional.of(owner));
    }
}
