package org.parley.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.security.Caller;
import org.parley.security.Role;

/** Who is using the console, for pages to show the name and offer only what the roles allow. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return name().isPresent();
    }

    /** The user name, or an empty text when nobody is signed in. */
    public String getName() {
        return name().orElse("");
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    public boolean isSupervisor() {
        return security.isCallerInRole(Role.SUPERVISOR_NAME);
    }

    /** Whether the user has at least one of the named roles. */
    public boolean hasAnyRole(Iterable<String> roles) {
        for (String role : roles) {
            if (security.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in user as the services see them: user name and roles. */
    public Caller caller() {
        Set<Role> roles = Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.roleName()))
                .collect(Collectors.toSet());
        return new Caller(getName(), roles);
    }

    private Optional<String> name() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
    }
}
