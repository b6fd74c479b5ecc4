package org.parley.tracing;

import java.util.List;
import java.util.Optional;

/** Stored contacts. */
public interface ContactRepository {

    Optional<Contact> find(long id);

    List<Contact> search(SearchTerm term, int offset, int limit);

    long count(SearchTerm term);

    /** Contacts having this stored number. */
    List<Contact> withNumber(String number);

    void add(Contact contact);

    void remove(Contact contact);
}
