package org.parley.security;

import java.util.Optional;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Creating, changing and disabling console users. Users are never deleted: disable them. */
public interface UserService {

    /** Users ordered by user name. */
    Page<UserView> list(PageRequest page);

    Optional<UserView> find(String username);

    /** The enabled user linked to this extension, if any (the first by name if several are). */
    Optional<UserView> findByExtension(String number);

    /**
     * @throws org.parley.platform.error.InvalidInputException for invalid input, or an extension that does not exist
     * @throws DuplicateUserException when the user name is taken
     */
    UserView create(UserInput input);

    /**
     * Changes the roles, the linked extension and, when given, whether the user is enabled; the user name cannot
     * change. The built-in {@code admin} keeps the admin role and stays enabled.
     *
     * @throws UserNotFoundException when there is no such user
     */
    UserView update(String username, UserInput input);

    /**
     * Sets a new password chosen by an administrator.
     *
     * @throws UserNotFoundException when there is no such user
     */
    void resetPassword(String username, PasswordInput input);

    long count();
}
