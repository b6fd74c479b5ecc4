package org.parley.web.queue;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.platform.error.InvalidInputException;
import org.parley.queue.LiveQueues;
import org.parley.queue.QueueEventLog;
import org.parley.queue.QueueEventQuery;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueFigures;
import org.parley.queue.QueueInput;
import org.parley.queue.QueueNotFoundException;
import org.parley.queue.QueueService;
import org.parley.queue.QueueSettings;
import org.parley.security.Role;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;
import org.parley.web.api.Periods;

/**
 * {@code /api/queues}: call queues (configuration), their connected agents and waiting callers, their event log
 * (JSON pages or CSV) and statistics.
 */
@Path("queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Queues")
public class QueueResource {

    static final String CSV = "text/csv";
    static final int EXPORT_LIMIT = QueueFigures.EVENT_LIMIT;

    @Inject
    QueueService queues;

    @Inject
    LiveQueues live;

    @Inject
    QueueEventLog events;

    @Inject
    QueueFigures figures;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Every queue, by name")
    public List<QueueDto> list() {
        return queues.list().stream().map(QueueDto::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a queue")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "409", description = "The name is another queue's")
    public Response create(QueueInput input, @Context UriInfo uri) {
        QueueDto created = QueueDto.of(queues.create(input == null ? new QueueInput() : input));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "One queue")
    @APIResponse(responseCode = "404", description = "No such queue")
    public QueueDto get(@PathParam("id") long id) {
        return QueueDto.of(stored(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace a queue's configuration")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "No such queue")
    public QueueDto update(@PathParam("id") long id, QueueInput input) {
        return QueueDto.of(queues.update(id, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete a queue (its callers leave for the fallback; its event log stays)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such queue")
    public Response delete(@PathParam("id") long id) {
        queues.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/agents")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "The queue live: connected agents (static ones always), waiting callers, longest wait")
    @APIResponse(responseCode = "404", description = "No such queue")
    public QueueStatusDto agents(@PathParam("id") long id) {
        return QueueStatusDto.of(live.status(id), clock.instant());
    }

    @POST
    @Path("{id}/agents")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Connect a dynamic agent to the queue")
    @APIResponse(responseCode = "400", description = "No dynamic agent of this queue")
    @APIResponse(responseCode = "404", description = "No such queue")
    public QueueStatusDto connect(@PathParam("id") long id, AgentRequest request) {
        if (request == null || request.extension == null || request.extension.isBlank()) {
            throw new InvalidInputException("extension", "is required");
        }
        live.connect(id, request.extension.strip());
        return agents(id);
    }

    @DELETE
    @Path("{id}/agents/{extension}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Disconnect a dynamic agent from the queue")
    @APIResponse(responseCode = "204", description = "Disconnected (or was not connected)")
    @APIResponse(responseCode = "404", description = "No such queue")
    public Response disconnect(@PathParam("id") long id, @PathParam("extension") String extension) {
        live.disconnect(id, extension);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "The queue event log, oldest first, a page at a time; type may be repeated or a comma list")
    public PageDto<QueueEventDto> events(@PathParam("id") long id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("type") List<String> types, @QueryParam("callId") String callId,
            @QueryParam("agent") String agent, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        QueueEventQuery query = query(id, from, to, types, callId, agent);
        return PageDto.of(events.search(query, Paging.of(page, size)).map(QueueEventDto::of));
    }

    @GET
    @Path("{id}/events")
    @Produces(CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "The queue event log as CSV (at most 100,000 events, oldest first)")
    public Response eventsCsv(@PathParam("id") long id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("type") List<String> types, @QueryParam("callId") String callId,
            @QueryParam("agent") String agent) {
        List<QueueEventView> rows = events.export(query(id, from, to, types, callId, agent), EXPORT_LIMIT);
        StreamingOutput body = out -> QueueEventCsv.write(rows, out);
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"parley-queue-" + id + "-events.csv\"")
                .build();
    }

    @GET
    @Path("{id}/stats")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Offered, answered, abandoned, service level, ASA, abandon rate, average talk time; per agent")
    public QueueStatsDto stats(@PathParam("id") long id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return QueueStatsDto.of(figures.report(id, Periods.instant("from", from, false),
                Periods.instant("to", to, true)));
    }

    private QueueSettings stored(long id) {
        return queues.find(id).orElseThrow(() -> new QueueNotFoundException(id));
    }

    private QueueEventQuery query(long id, String from, String to, List<String> types, String callId, String agent) {
        stored(id);
        Set<QueueEventType> selected = EnumSet.noneOf(QueueEventType.class);
        for (String t : types == null ? List.<String>of() : types) {
            for (String name : t.split(",")) {
                if (!name.isBlank()) {
                    selected.add(QueueEventType.named(name.strip()).orElseThrow(() ->
                            new InvalidInputException("type", "unknown event type " + name.strip())));
                }
            }
        }
        return new QueueEventQuery(id, Periods.instant("from", from, false), Periods.instant("to", to, true),
                selected, text(callId), text(agent));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
