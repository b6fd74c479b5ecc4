package org.parley.directory;

import java.util.List;
import java.util.Optional;

/** Stored extensions. */
public interface ExtensionRepository {

    Optional<Extension> find(String number);

    /** A page of extensions ordered by number. */
    List<Extension> list(int offset, int limit);

    /** A page of the extensions a query selects, in its order (ties broken by number). */
    List<Extension> search(ExtensionQuery query, int offset, int limit);

    /** How many extensions a query selects. */
    long count(ExtensionQuery query);

    /** Every extension, for loading caches at start. */
    List<Extension> all();

    long count();

    /** Stores a new extension; {@link DuplicateExtensionException} when the number is taken. */
    void add(Extension extension);

    void remove(Extension extension);
}
