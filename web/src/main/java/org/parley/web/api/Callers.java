package org.parley.web.api;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.security.Caller;
import org.parley.security.Role;

/** The signed-in user of a request as the services see them: user name and roles. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityContext security) {
        Set<Role> roles = Arrays.stream(Role.values()).filter(r -> security.isUserInRole(r.roleName()))
                .collect(Collectors.toSet());
        return new Caller(security.getUserPrincipal().getName(), roles);
    }
}
