package org.parley.web.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.parley.directory.ExtensionInput;
import org.parley.security.Role;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/** {@code /api/extensions}: create, read, change and delete extensions. */
@Path("extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Extensions")
public class ExtensionResource {

    @Inject
    ExtensionFacade facade;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Extensions a page at a time, optionally filtered (number and display name contain the"
            + " given text, ignoring case) and sorted (sort=number, -number, displayName or -displayName)")
    public PageDto<ExtensionDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("number") String number, @QueryParam("displayName") String displayName,
            @QueryParam("sort") String sort) {
        return PageDto.of(facade.search(ExtensionSorting.query(number, displayName, sort), Paging.of(page, size)));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create an extension; sipPassword is stored only as digest hashes")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "409", description = "The number is taken")
    public Response create(ExtensionInput input, @Context UriInfo uri) {
        ExtensionDto created = facade.create(input == null ? new ExtensionInput() : input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.number).build()).entity(created).build();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "One extension with its devices")
    public ExtensionDto get(@PathParam("number") String number) {
        return facade.get(number);
    }

    @PUT
    @Path("{number}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change the display name and, when given, the SIP password")
    public ExtensionDto update(@PathParam("number") String number, ExtensionInput input) {
        return facade.update(number, input == null ? new ExtensionInput() : input);
    }

    @DELETE
    @Path("{number}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete an extension; its registrations end")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("number") String number) {
        facade.delete(number);
        return Response.noContent().build();
    }
}
