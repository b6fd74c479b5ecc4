package org.parley.trunk;

import java.util.List;
import java.util.Optional;

/** Stored trunks. */
public interface TrunkRepository {

    Optional<Trunk> find(String name);

    /** A page of trunks ordered by name. */
    List<Trunk> list(int offset, int limit);

    /** Every trunk, for loading the cache at start. */
    List<Trunk> all();

    long count();

    /** Stores a new trunk; {@link DuplicateTrunkException} when the name is taken. */
    void add(Trunk trunk);

    /** Deletes a trunk; {@link TrunkInUseException} while outbound routes refer to it. */
    void remove(Trunk trunk);
}
