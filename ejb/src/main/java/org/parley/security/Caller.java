package org.parley.security;

import java.util.Set;

/**
 * Who a valid credential stands for.
 *
 * @param username the console user
 * @param roles    their present roles
 */
public record Caller(String username, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }
}
