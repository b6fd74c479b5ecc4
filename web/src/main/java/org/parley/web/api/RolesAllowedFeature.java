package org.parley.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class): a signed-in caller without one of the roles
 * gets 403. Every {@code /api} caller is signed in by then (web.xml and the authentication mechanism see to it).
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RolesAllowedFeature.class.getName());

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RoleCheck(allowed.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RoleCheck implements ContainerRequestFilter {

        private final String[] roles;

        RoleCheck(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            boolean permitted = Arrays.stream(roles).anyMatch(security::isUserInRole);
            if (!permitted) {
                String who = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
                LOG.info(() -> "Refused " + request.getMethod() + " /" + request.getUriInfo().getPath() + " to "
                        + who + " (needs " + String.join(" or ", roles) + ")");
                request.abortWith(Problem.of(Response.Status.FORBIDDEN,
                        "This needs the role " + String.join(" or ", roles)).toResponse());
            }
        }
    }
}
