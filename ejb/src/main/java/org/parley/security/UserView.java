package org.parley.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A console user as shown to people and systems; never carries the password hash.
 *
 * @param username  the name they sign in with
 * @param roles     what they may do
 * @param enabled   whether they may sign in
 * @param extension the extension they answer on, if linked
 * @param createdAt when the user was created
 */
public record UserView(String username, Set<Role> roles, boolean enabled, Optional<String> extension,
        Instant createdAt) {

    public UserView {
        roles = Set.copyOf(roles);
    }

    /** Builds the view of a stored user. */
    public static UserView of(ConsoleUser user) {
        return new UserView(user.username(), user.roles(), user.enabled(), user.extension(), user.createdAt());
    }
}
