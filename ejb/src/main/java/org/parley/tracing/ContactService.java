package org.parley.tracing;

import java.util.List;
import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Contacts: create, change, delete, search by any part of a name or number, import. */
public interface ContactService {

    /** @throws org.parley.platform.error.InvalidInputException naming the field (a number that is not one …) */
    ContactView create(ContactInput input);

    ContactView update(long id, ContactInput input);

    void delete(long id);

    Optional<ContactView> find(long id);

    /** Contacts ordered by name whose name or number contains {@code q} (all when blank), a page at a time. */
    Page<ContactView> search(String q, PageRequest page);

    /** Contacts having this number, in any form a phone presents it; empty when it is not a number. */
    List<ContactView> lookup(String phone);

    /**
     * Creates every contact of an import in one transaction, or none.
     *
     * @param rows the contacts by the line number they came from (1 is the header)
     * @return how many were created
     * @throws org.parley.platform.error.InvalidInputException naming every bad row as {@code line N: field}
     */
    int importAll(List<ImportRow> rows);

    /** One contact of an import and the line it was read from. */
    record ImportRow(long line, ContactInput contact) {
    }
}
