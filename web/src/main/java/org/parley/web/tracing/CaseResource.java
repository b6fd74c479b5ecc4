package org.parley.web.tracing;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Role;
import org.parley.tracing.CaseInput;
import org.parley.tracing.CaseService;
import org.parley.tracing.CaseStatus;
import org.parley.tracing.TracingNotFoundException;
import org.parley.web.api.Callers;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/**
 * {@code /api/cases}: case files, and the timeline of each (its communications and tasks). Agents see the cases they
 * follow; supervisors and administrators all, and only they open, change and delete cases.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Call tracing")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    CaseTimeline timeline;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Case files newest first, a page at a time: `q` any part of the title or reference,"
            + " `status` OPEN or CLOSED")
    public PageDto<CaseDto> list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(cases.search(Callers.of(security), q, QueryValues.oneOf("status", status, CaseStatus.class),
                Paging.of(page, size)).map(CaseDto::of));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Open a case file; without a reference it gets C and its id")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field (an unknown contact, company or"
            + " follower)")
    @APIResponse(responseCode = "409", description = "The reference is taken")
    public Response create(CaseInput input, @Context UriInfo uri) {
        CaseDto created = CaseDto.of(cases.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "One case file")
    @APIResponse(responseCode = "404", description = "No such case (or not one the agent follows)")
    public CaseDto get(@PathParam("id") long id) {
        return cases.find(Callers.of(security), id).map(CaseDto::of)
                .orElseThrow(() -> new TracingNotFoundException("case", id));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "The case's communications (newest first) and tasks (by due date)")
    @APIResponse(responseCode = "404", description = "No such case (or not one the agent follows)")
    public CaseTimeline.TimelineDto timeline(@PathParam("id") long id) {
        return timeline.of(Callers.of(security), id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Replace a case's title, status, parties and followers (its reference cannot change)")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "No such case")
    public CaseDto update(@PathParam("id") long id, CaseInput input) {
        return CaseDto.of(cases.update(id, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Delete a case file and its tasks; its communications stay, to be filed again")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such case")
    public Response delete(@PathParam("id") long id) {
        cases.delete(id);
        return Response.noContent().build();
    }
}
