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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Caller;
import org.parley.security.Role;
import org.parley.tracing.ActivityInput;
import org.parley.tracing.ActivityKind;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityService;
import org.parley.tracing.TracingNotFoundException;
import org.parley.web.api.Callers;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/**
 * {@code /api/activities}: tasks of case files and scheduled calls. Agents see and change only theirs; supervisors
 * and administrators all.
 */
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Call tracing")
public class ActivityResource {

    @Inject
    ActivityService activities;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Tasks by due date, a page at a time: `assignee` (a user name, or `me`), `due` (`today` in"
            + " PARLEY_TIMEZONE, or YYYY-MM-DD), `done`, `case`, `kind` (TASK or CALL)")
    public PageDto<ActivityDto> list(@QueryParam("assignee") String assignee, @QueryParam("due") String due,
            @QueryParam("done") String done, @QueryParam("case") String caseId, @QueryParam("kind") String kind,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Caller caller = caller();
        Optional<String> who = QueryValues.text(assignee).map(a -> a.equals("me") ? caller.username() : a);
        ActivityQuery query = new ActivityQuery(who, QueryValues.day("due", due, activities.today()),
                QueryValues.bool("done", done), QueryValues.id("case", caseId),
                QueryValues.oneOf("kind", kind, ActivityKind.class));
        return PageDto.of(activities.search(caller, query, Paging.of(page, size)).map(ActivityDto::of));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Create a task (`kind` TASK) or schedule a call (`kind` CALL, with a `contact`) on a case;"
            + " agents assign only themselves")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    public Response create(ActivityInput input, @Context UriInfo uri) {
        ActivityDto created = ActivityDto.of(activities.create(caller(), input));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "One task")
    @APIResponse(responseCode = "404", description = "No such task (or not the agent's)")
    public ActivityDto get(@PathParam("id") long id) {
        return activities.find(caller(), id).map(ActivityDto::of)
                .orElseThrow(() -> new TracingNotFoundException("activity", id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Replace a task (e.g. mark it done)")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "No such task (or not the agent's)")
    public ActivityDto update(@PathParam("id") long id, ActivityInput input) {
        return ActivityDto.of(activities.update(caller(), id, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Remove a task or scheduled call")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such task (or not the agent's)")
    public Response delete(@PathParam("id") long id) {
        activities.delete(caller(), id);
        return Response.noContent().build();
    }

    private Caller caller() {
        return Callers.of(security);
    }
}
