package org.parley.web.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Role;

/**
 * {@code /api/events}: live events as Server-Sent Events — {@code call.created}, {@code call.ringing},
 * {@code call.answered}, {@code call.held}, {@code call.resumed}, {@code call.transferring},
 * {@code call.transfer_consulting}, {@code call.transferred}, {@code call.transfer_failed}, {@code call.ended}, each
 * with the call as JSON; {@code call.dtmf} (a key press on a leg); {@code queue.<event>} and {@code agent.changed}.
 */
@Path("events")
@RequestScoped
@Tag(name = "Events")
public class EventResource {

    @Inject
    LiveEvents events;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Live call, queue and agent events (Server-Sent Events)", description = "`call.created`,"
            + " `call.ringing`, `call.answered`, `call.held`, `call.resumed`, `call.transferring`,"
            + " `call.transfer_consulting` (an attended API transfer's target answered: the inside party consults it),"
            + " `call.transferred`, `call.transfer_failed`, `call.ended`, each with the call as JSON;"
            + " `call.dtmf` with the call id, leg, digit and method (`SIP_INFO`, `RFC4733`) of a key press, once per"
            + " press;"
            + " `queue.<event>` with the queue event; `agent.changed` with the agent")
    public void subscribe(@Context SseEventSink sink, @Context Sse sse) {
        events.subscribe(sink, sse);
    }
}
