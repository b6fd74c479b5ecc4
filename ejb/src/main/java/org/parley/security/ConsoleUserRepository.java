package org.parley.security;

import java.util.List;
import java.util.Optional;

/** Stored console users. */
public interface ConsoleUserRepository {

    Optional<ConsoleUser> find(String username);

    /** The enabled user linked to this extension (the first by name if several are). */
    Optional<ConsoleUser> findByExtension(String number);

    /** A page of users ordered by user name. */
    List<ConsoleUser> list(int offset, int limit);

    void add(ConsoleUser user);

    long count();
}
