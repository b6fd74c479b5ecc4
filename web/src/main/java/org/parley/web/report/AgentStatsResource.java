package org.parley.web.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.directory.ExtensionNotFoundException;
import org.parley.directory.ExtensionService;
import org.parley.platform.error.InvalidInputException;
import org.parley.queue.AgentStatistics;
import org.parley.queue.QueueFigures;
import org.parley.security.Role;

/**
 * {@code /api/agents/{extension}/stats}: an agent's figures over every queue for a period, as JSON or, with
 * {@code Accept: text/csv} or {@code ?format=csv}, as CSV.
 */
@Path("agents/{extension}/stats")
@RequestScoped
@Tag(name = "Agents")
public class AgentStatsResource {

    static final String CSV = "text/csv";

    @Inject
    QueueFigures figures;

    @Inject
    ExtensionService extensions;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Answered, missed, talk time, pause time by reason, connected time and occupancy for a "
            + "period (from: midnight UTC today, to: now when not given); CSV with Accept: text/csv or format=csv")
    @APIResponse(responseCode = "400", description = "A date that is none (field from or to), to not after from, "
            + "or an unknown format")
    @APIResponse(responseCode = "404", description = "No such extension")
    public Response stats(@PathParam("extension") String extension, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") String format) {
        boolean csv = csvWanted(format);
        extensions.find(extension).orElseThrow(() -> new ExtensionNotFoundException(extension));
        AgentPeriod period = AgentPeriod.of(from, to, clock.instant());
        AgentStatistics s = figures.agent(extension, period.from(), period.to());
        if (!csv) {
            return Response.ok(AgentStatsDto.of(s), MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput body = out -> AgentStatsCsv.write(s, out);
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"parley-agent-" + extension + "-stats.csv\"")
                .build();
    }

    /** {@code format} decides when given; otherwise CSV when the client accepts it and not JSON before it. */
    private boolean csvWanted(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInputException("format", "must be json or csv");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }
}
