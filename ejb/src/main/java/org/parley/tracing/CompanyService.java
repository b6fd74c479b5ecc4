package org.parley.tracing;

import java.util.List;
import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Companies: create, change, delete, search by any part of a name or number. */
public interface CompanyService {

    CompanyView create(CompanyInput input);

    CompanyView update(long id, CompanyInput input);

    void delete(long id);

    Optional<CompanyView> find(long id);

    /** Companies ordered by name whose name or number contains {@code q} (all when blank), a page at a time. */
    Page<CompanyView> search(String q, PageRequest page);

    /** Companies having this number, in any form a phone presents it. */
    List<CompanyView> lookup(String phone);
}
