package org.parley.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Role;
import org.parley.security.UserNotFoundException;
import org.parley.security.UserService;

/** {@code /api/me}: the signed-in user, whatever their role (e.g. an agent's linked extension). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
@Tag(name = "Users")
public class MeResource {

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The signed-in user: user name, roles, linked extension")
    public UserDto get() {
        String me = security.getUserPrincipal().getName();
        return users.find(me).map(UserDto::of).orElseThrow(() -> new UserNotFoundException(me));
    }
}
