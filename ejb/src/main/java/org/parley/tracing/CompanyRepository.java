package org.parley.tracing;

import java.util.List;
import java.util.Optional;

/** Stored companies. */
public interface CompanyRepository {

    Optional<Company> find(long id);

    /** The company of this exact name, ignoring case (the first by id if several have it). */
    Optional<Company> findByName(String name);

    List<Company> search(SearchTerm term, int offset, int limit);

    long count(SearchTerm term);

    /** Companies having this stored number. */
    List<Company> withNumber(String number);

    void add(Company company);

    void remove(Company company);
}
