package org.parley.tracing;

import java.util.Collection;
import java.util.Map;

/** The names of contacts and companies behind numbers, for lists of calls (the call history). */
public interface KnownNumbers {

    /** The contact's (or else company's) name of each number that belongs to one, by the number as given. */
    Map<String, String> names(Collection<String> numbers);
}
