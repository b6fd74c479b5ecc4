package org.parley.web.trunk;

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
import org.parley.security.Role;
import org.parley.trunk.TrunkInput;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/** {@code /api/trunks}: create, read, change and delete SIP trunks. */
@Path("trunks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Trunks")
public class TrunkResource {

    @Inject
    TrunkFacade facade;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Trunks ordered by name, a page at a time, with the state of their registration")
    public PageDto<TrunkDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(facade.list(Paging.of(page, size)));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a trunk; the password is stored encrypted and never returned")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(TrunkInput input, @Context UriInfo uri) {
        TrunkDto created = facade.create(input == null ? new TrunkInput() : input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.name).build()).entity(created).build();
    }

    @GET
    @Path("{name}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "One trunk with the state of its registration")
    @APIResponse(responseCode = "404", description = "No such trunk")
    public TrunkDto get(@PathParam("name") String name) {
        return facade.get(name);
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace a trunk's settings; its name cannot change, an absent password keeps the stored one")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "No such trunk")
    public TrunkDto update(@PathParam("name") String name, TrunkInput input) {
        return facade.update(name, input == null ? new TrunkInput() : input);
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete a trunk; its registration at the carrier ends")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such trunk")
    @APIResponse(responseCode = "409", description = "Outbound routes still use it")
    public Response delete(@PathParam("name") String name) {
        facade.delete(name);
        return Response.noContent().build();
    }
}
