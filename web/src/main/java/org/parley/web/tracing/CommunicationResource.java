package org.parley.web.tracing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.parley.security.Caller;
import org.parley.security.Role;
import org.parley.tracing.CommunicationDirection;
import org.parley.tracing.CommunicationInput;
import org.parley.tracing.CommunicationQuery;
import org.parley.tracing.CommunicationService;
import org.parley.tracing.TracingNotFoundException;
import org.parley.web.api.Callers;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/**
 * {@code /api/communications}: call communications, typed or traced by Parley. Agents see and change their own (and
 * those of the cases they follow); supervisors and administrators all.
 */
@Path("communications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Call tracing")
public class CommunicationResource {

    private static final String RULES = "A rule broken, naming the field: direction, sender and recipient (one of"
            + " them a known contact or company; each one thing), reached (outgoing only), messageLeft (outgoing not"
            + " reached only), processed (incoming only), an unknown case or task, a task of another case";

    @Inject
    CommunicationService communications;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Communications newest first, a page at a time: by `case`, `contact`, `direction`,"
            + " `processed`, `reached`, `owner` (a user name, or `me`); `filed=false&owner=me` lists the caller's"
            + " calls to be filed")
    public PageDto<CommunicationDto> list(@QueryParam("case") String caseId, @QueryParam("contact") String contact,
            @QueryParam("direction") String direction, @QueryParam("processed") String processed,
            @QueryParam("reached") String reached, @QueryParam("filed") String filed,
            @QueryParam("owner") String owner,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        CommunicationQuery query = new CommunicationQuery(QueryValues.id("case", caseId),
                QueryValues.id("contact", contact),
                QueryValues.oneOf("direction", direction, CommunicationDirection.class),
                QueryValues.bool("processed", processed), QueryValues.bool("reached", reached),
                QueryValues.bool("filed", filed),
                QueryValues.text(owner).map(o -> o.equals("me") ? security.getUserPrincipal().getName() : o));
        return PageDto.of(communications.search(caller(), query, Paging.of(page, size)).map(CommunicationDto::of));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Trace a call: direction, sender, recipient (each `{contact}`, `{company}`, `{user}` or"
            + " `{number}`), subject, body, outcome, optionally `case` and `task`")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = RULES)
    public Response create(CommunicationInput input, @Context UriInfo uri) {
        CommunicationDto created = CommunicationDto.of(communications.create(caller(), input));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "One communication")
    @APIResponse(responseCode = "404", description = "No such communication (or not the agent's)")
    public CommunicationDto get(@PathParam("id") long id) {
        return communications.find(caller(), id).map(CommunicationDto::of)
                .orElseThrow(() -> new TracingNotFoundException("communication", id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Replace a communication, whatever its properties (an absent party is cleared)")
    @APIResponse(responseCode = "400", description = RULES)
    @APIResponse(responseCode = "404", description = "No such communication (or not the agent's)")
    public CommunicationDto update(@PathParam("id") long id, CommunicationInput input) {
        return CommunicationDto.of(communications.update(caller(), id, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Change part of a communication (JSON merge patch: `null` clears a party). A new `direction`"
            + " without `sender` or `recipient` swaps them, as the form does; attach to a task with `task`, remove"
            + " it with `\"task\": null`; file it with `case`")
    @APIResponse(responseCode = "400", description = RULES)
    @APIResponse(responseCode = "404", description = "No such communication (or not the agent's)")
    public CommunicationDto patch(@PathParam("id") long id, String patch) {
        Caller caller = caller();
        CommunicationInput stored = communications.input(caller, id)
                .orElseThrow(() -> new TracingNotFoundException("communication", id));
        return CommunicationDto.of(communications.update(caller, id, CommunicationPatch.apply(stored, patch)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Delete a communication")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such communication (or not the agent's)")
    public Response delete(@PathParam("id") long id) {
        communications.delete(caller(), id);
        return Response.noContent().build();
    }

    private Caller caller() {
        return Callers.of(security);
    }
}
