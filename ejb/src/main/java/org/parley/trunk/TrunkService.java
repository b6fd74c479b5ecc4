package org.parley.trunk;

import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Creating, changing and removing trunks. */
public interface TrunkService {

    /**
     * @throws org.parley.platform.error.InvalidInputException for invalid input, field by field
     * @throws DuplicateTrunkException when the name is taken
     */
    TrunkDetails create(TrunkInput input);

    /**
     * Replaces the settings of a trunk; its name cannot change, an absent password keeps the stored one.
     *
     * @throws TrunkNotFoundException when there is no such trunk
     */
    TrunkDetails update(String name, TrunkInput input);

    /**
     * @throws TrunkNotFoundException when there is no such trunk
     * @throws TrunkInUseException    while outbound routes use it
     */
    void delete(String name);

    Optional<TrunkDetails> find(String name);

    /** Trunks ordered by name. */
    Page<TrunkDetails> list(PageRequest page);
}
