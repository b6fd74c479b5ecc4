package org.parley.directory;

import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Creating, changing and removing extensions. */
public interface ExtensionService {

    /**
     * @throws org.parley.platform.error.InvalidInputException for invalid input
     * @throws DuplicateExtensionException when the number is taken
     */
    ExtensionView create(ExtensionInput input);

    /**
     * Changes the display name and, when given, the SIP password of an extension; its number cannot change.
     *
     * @throws ExtensionNotFoundException when there is no such extension
     */
    ExtensionView update(String number, ExtensionInput input);

    /** @throws ExtensionNotFoundException when there is no such extension */
    void delete(String number);

    Optional<ExtensionView> find(String number);

    /** Extensions ordered by number. */
    Page<ExtensionView> list(PageRequest page);

    /** The extensions a query selects, in its order. */
    Page<ExtensionView> search(ExtensionQuery query, PageRequest page);

    long count();
}
