package org.parley.security;

import org.parley.platform.error.ConflictException;

/** A console user with this name exists already. */
public class DuplicateUserException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateUserException(String username) {
        super("username", "User " + username + " exists already");
    }
}
