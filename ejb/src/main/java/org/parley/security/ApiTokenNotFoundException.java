package org.parley.security;

import org.parley.platform.error.NotFoundException;

/** The user has no API token with this id. */
public class ApiTokenNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ApiTokenNotFoundException(long id) {
        super("No API token " + id);
    }
}
