package org.parley.security;

import java.util.Optional;
import java.util.Set;

/** Checks a console user's password, and whether a user signed in earlier may still act. */
public interface UserAuthenticator {

    /** The roles of the user when the password is right and the account enabled; empty otherwise. */
    Optional<Set<Role>> authenticate(String username, String password);

    /**
     * The present roles of a user who signed in earlier (a console session): empty when the user no longer exists
     * or is disabled, so that such a session ends at its next request.
     */
    Optional<Set<Role>> currentRoles(String username);
}
