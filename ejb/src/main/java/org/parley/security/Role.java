package org.parley.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a console user may do. Stored and checked under the lower-case names {@code admin}, {@code supervisor}, {@code agent}. */
public enum Role {
    ADMIN, SUPERVISOR, AGENT;

    /** Role names as the container checks them. */
    public static final String ADMIN_NAME = "admin";
    public static final String SUPERVISOR_NAME = "supervisor";
    public static final String AGENT_NAME = "agent";

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(name)).findFirst();
    }
}
