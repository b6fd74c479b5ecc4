package org.parley.security;

import org.parley.platform.error.NotFoundException;

/** No console user has this name. */
public class UserNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UserNotFoundException(String username) {
        super("No user " + username);
    }
}
