package org.parley.tracing;

import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Caller;

/**
 * Call communications. Agents see and change only their own (theirs by a traced call, typed by them, or on a case
 * they follow); supervisors and administrators all of them. One hidden from its caller is reported as not found.
 */
public interface CommunicationService {

    /** @throws org.parley.platform.error.InvalidInputException naming the field whose rule is broken */
    CommunicationView create(Caller caller, CommunicationInput input);

    /** Replaces a communication, whatever its properties. */
    CommunicationView update(Caller caller, long id, CommunicationInput input);

    void delete(Caller caller, long id);

    Optional<CommunicationView> find(Caller caller, long id);

    /** The stored communication as an input, to change part of it. */
    Optional<CommunicationInput> input(Caller caller, long id);

    /** Matching communications, newest first. */
    Page<CommunicationView> search(Caller caller, CommunicationQuery query, PageRequest page);
}
