package org.parley.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.PasswordInput;
import org.parley.security.Role;
import org.parley.security.UserInput;
import org.parley.security.UserNotFoundException;
import org.parley.security.UserService;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/** {@code /api/users}: console users, for administrators. Users are disabled, never deleted. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserService users;

    @GET
    @Operation(summary = "Console users ordered by user name, a page at a time")
    public PageDto<UserDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(users.list(Paging.of(page, size)).map(UserDto::of));
    }

    @POST
    @Operation(summary = "Create a console user: username, roles (admin, supervisor, agent), optional extension,"
            + " password (stored only as a PBKDF2 hash)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "409", description = "The user name is taken")
    public Response create(UserInput input, @Context UriInfo uri) {
        UserDto created = UserDto.of(users.create(input == null ? new UserInput() : input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username).build()).entity(created).build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One console user")
    public UserDto get(@PathParam("username") String username) {
        return users.find(username).map(UserDto::of).orElseThrow(() -> new UserNotFoundException(username));
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change roles, linked extension and enabled; the password is set with PUT …/password")
    public UserDto update(@PathParam("username") String username, UserInput input) {
        return UserDto.of(users.update(username, input == null ? new UserInput() : input));
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Reset the password of a console user")
    @APIResponse(responseCode = "204", description = "Changed")
    public Response resetPassword(@PathParam("username") String username, PasswordInput input) {
        users.resetPassword(username, input == null ? new PasswordInput() : input);
        return Response.noContent().build();
    }
}
