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
import org.parley.dialplan.InboundRouteInput;
import org.parley.dialplan.InboundRouteNotFoundException;
import org.parley.dialplan.InboundRouteService;
import org.parley.security.Role;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/** {@code /api/routes/inbound}: which extension a call from a trunk to a DID rings. */
@Path("routes/inbound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Routes")
public class InboundRouteResource {

    @Inject
    InboundRouteService routes;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Inbound routes ordered by DID, a page at a time")
    public PageDto<InboundRouteDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(routes.list(Paging.of(page, size)).map(InboundRouteDto::of));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Route a DID (E.164 or national; stored in E.164) to an extension")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "409", description = "The DID is routed already")
    public Response create(InboundRouteInput input, @Context UriInfo uri) {
        InboundRouteDto created = InboundRouteDto.of(routes.create(input == null ? new InboundRouteInput() : input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.did).build()).entity(created).build();
    }

    @GET
    @Path("{did}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "The route of one DID (given in E.164 or national format)")
    @APIResponse(responseCode = "404", description = "The DID has no route")
    public InboundRouteDto get(@PathParam("did") String did) {
        return routes.find(did).map(InboundRouteDto::of).orElseThrow(() -> new InboundRouteNotFoundException(did));
    }

    @PUT
    @Path("{did}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Point a DID at another extension")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "The DID has no route")
    public InboundRouteDto update(@PathParam("did") String did, InboundRouteInput input) {
        return InboundRouteDto.of(routes.update(did, input == null ? new InboundRouteInput() : input));
    }

    @DELETE
    @Path("{did}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete the route of a DID")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "The DID has no route")
    public Response delete(@PathParam("did") String did) {
        routes.delete(did);
        return Response.noContent().build();
    }
}
