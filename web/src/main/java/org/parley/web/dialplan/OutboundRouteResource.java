package org.parley.web.dialplan;

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
import org.parley.dialplan.OutboundRouteInput;
import org.parley.dialplan.OutboundRouteNotFoundException;
import org.parley.dialplan.OutboundRouteService;
import org.parley.security.Role;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/** {@code /api/routes/outbound}: which trunk numbers leave through, by class and prefix. */
@Path("routes/outbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Routes")
public class OutboundRouteResource {

    @Inject
    OutboundRouteService routes;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Outbound routes in the order they are tried (priority, then name), a page at a time")
    public PageDto<OutboundRouteDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(routes.list(Paging.of(page, size)).map(OutboundRouteDto::of));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create an outbound route: numbers of a class (and prefix) leave through a trunk")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field (an unknown trunk names trunk)")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(OutboundRouteInput input, @Context UriInfo uri) {
        OutboundRouteDto created = OutboundRouteDto.of(routes.create(input == null ? new OutboundRouteInput() : input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.name).build()).entity(created).build();
    }

    @GET
    @Path("{name}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "One outbound route")
    @APIResponse(responseCode = "404", description = "No such route")
    public OutboundRouteDto get(@PathParam("name") String name) {
        return routes.find(name).map(OutboundRouteDto::of)
                .orElseThrow(() -> new OutboundRouteNotFoundException(name));
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace a route's priority, class, prefix and trunk; its name cannot change")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "No such route")
    public OutboundRouteDto update(@PathParam("name") String name, OutboundRouteInput input) {
        return OutboundRouteDto.of(routes.update(name, input == null ? new OutboundRouteInput() : input));
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete an outbound route")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such route")
    public Response delete(@PathParam("name") String name) {
        routes.delete(name);
        return Response.noContent().build();
    }
}
