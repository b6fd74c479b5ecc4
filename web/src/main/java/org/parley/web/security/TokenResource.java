package org.parley.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.ApiTokenInput;
import org.parley.security.ApiTokenService;
import org.parley.security.NewApiToken;
import org.parley.security.Role;
import org.parley.web.api.Problem;

/**
 * {@code /api/tokens}: the API tokens of the signed-in user. A token's secret is in the answer that creates it and
 * nowhere else. Creating a token needs a password sign-in: a token cannot make more tokens (which would outlive it).
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
@Tag(name = "API tokens")
public class TokenResource {

    @Inject
    ApiTokenService tokens;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "My API tokens, newest first (never their secrets)")
    public List<ApiTokenDto> list() {
        return tokens.list(me()).stream().map(ApiTokenDto::of).toList();
    }

    @POST
    @Operation(summary = "Create an API token: name, validDays (1 to 365). The answer holds the secret, shown once")
    @APIResponse(responseCode = "201", description = "Created; the body's secret is never shown again")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "403", description = "Signed in with a token: sign in with a password to create one")
    public Response create(ApiTokenInput input, @Context UriInfo uri) {
        if ("token".equals(request.getAttribute(ApiAuthentication.SIGNED_IN_WITH))) {
            return Problem.of(Response.Status.FORBIDDEN,
                    "API tokens are created after signing in with a password, not with another token").toResponse();
        }
        NewApiToken created = tokens.create(me(), input == null ? new ApiTokenInput() : input);
        ApiTokenDto dto = ApiTokenDto.of(created.token());
        dto.secret = created.secret();
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(dto.id)).build()).entity(dto).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my API tokens; it is refused from then on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "I have no such token")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(me(), id);
        return Response.noContent().build();
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}
