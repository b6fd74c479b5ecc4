package org.parley.web.api;

import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.PageRequest;

/** Reads {@code ?page=&size=} into a {@link PageRequest}, refusing bad values with a field-level 400. */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(p, s);
    }
}
