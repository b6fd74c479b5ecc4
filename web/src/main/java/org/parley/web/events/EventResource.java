package org.parley.web.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.security.UserView;

/**
 * {@code /api/events}: live events as Server-Sent Events — {@code call.created}, {@code call.ringing},
 * {@code call.answered}, {@code call.held}, {@code call.resumed}, {@code call.transferring},
 * {@code call.transfer_consulting}, {@code call.transferred}, {@code call.transfer_failed}, {@code call.ended}, each
 * with the call as JSON; {@code call.dtmf} (a key press on a leg); {@code call.contact} (a screen pop);
 * {@code queue.<event>} and {@code agent.changed}. An agent's stream carries only the calls of
 * their own extension, their own agent state and the events of the queues they belong to.
 */
@Path("events")
@RequestScoped
@Tag(name = "Events")
public class EventResource {

    @Inject
    LiveEvents events;

    @Inject
    UserService users;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Live call, queue and agent events (Server-Sent Events)", description = "`call.created`,"
            + " `call.ringing`, `call.answered`, `call.held`, `call.resumed`, `call.transferring`,"
            + " `call.transfer_consulting` (an attended API transfer's target answered: the inside party consults it),"
            + " `call.transferred`, `call.transfer_failed`, `call.ended`, each with the call as JSON;"
            + " `call.dtmf` with the call id, leg, digit and method (`SIP_INFO`, `RFC4733`) of a key press, once per"
            + " press;"
            + " `call.contact` (a screen pop: a known contact's call ringing extensions, with the contact, company,"
            + " open cases and last communications);"
            + " `queue.<event>` with the queue event; `agent.changed` with the agent. Administrators and supervisors"
            + " receive every event; an agent only the calls of their own extension, their own agent state and the"
            + " events of the queues they belong to")
    public void subscribe(@Context SseEventSink sink, @Context Sse sse, @Context SecurityContext security) {
        events.subscribe(sink, sse, audienceOf(security));
    }

    /** Administrators and supervisors see everything; an agent only what concerns their linked extension. */
    private EventAudience audienceOf(SecurityContext security) {
        if (security.isUserInRole(Role.ADMIN_NAME) || security.isUserInRole(Role.SUPERVISOR_NAME)) {
            return EventAudience.everything();
        }
        String me = security.getUserPrincipal().getName();
        return EventAudience.agent(users.find(me).flatMap(UserView::extension));
    }
}
