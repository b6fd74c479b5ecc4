package org.parley.web.agent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.agent.AgentService;
import org.parley.directory.ExtensionNotFoundException;
import org.parley.directory.ExtensionService;
import org.parley.queue.LiveQueues;
import org.parley.queue.QueueSettings;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.security.UserView;

/**
 * {@code /api/agents/{extension}}: an agent's state, logging in and out of queues, pausing with a reason and resuming.
 * Supervisors and administrators act for any agent; an agent (role {@code agent}) only for the extension linked to
 * their user.
 */
@Path("agents/{extension}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Agents")
public class AgentResource {

    @Inject
    AgentService agents;

    @Inject
    LiveQueues queues;

    @Inject
    ExtensionService extensions;

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "The agent's state and the queues they are connected to")
    @APIResponse(responseCode = "404", description = "No such extension")
    public AgentDto get(@PathParam("extension") String extension) {
        return AgentDto.of(agents.find(checked(extension)));
    }

    @POST
    @Path("login")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Connect to queues (given ids, or every queue the extension is a dynamic agent of)")
    @APIResponse(responseCode = "400", description = "A queue the extension is no dynamic agent of")
    public AgentDto login(@PathParam("extension") String extension, AgentLoginRequest request) {
        return inEachQueue(extension, request, queues::connect);
    }

    @POST
    @Path("logout")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Disconnect from queues (given ids, or every queue the extension is a dynamic agent of)")
    public AgentDto logout(@PathParam("extension") String extension, AgentLoginRequest request) {
        return inEachQueue(extension, request, queues::disconnect);
    }

    @POST
    @Path("pause")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Pause with a reason: no queue rings the agent (during a ring or call: when it ends)")
    @APIResponse(responseCode = "400", description = "A reason longer than 100 characters (field reason)")
    @APIResponse(responseCode = "409", description = "The agent is connected to no queue")
    public AgentDto pause(@PathParam("extension") String extension, PauseRequest request) {
        String reason = request == null ? null : request.reason;
        return AgentDto.of(agents.pause(checked(extension), reason));
    }

    @POST
    @Path("unpause")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "End the agent's pause")
    @APIResponse(responseCode = "409", description = "The agent is not paused")
    public AgentDto unpause(@PathParam("extension") String extension) {
        return AgentDto.of(agents.unpause(checked(extension)));
    }

    /** The extension exists, and an agent acts only for the extension linked to their user. */
    private String checked(String extension) {
        boolean manager = security.isUserInRole(Role.ADMIN_NAME) || security.isUserInRole(Role.SUPERVISOR_NAME);
        boolean own = security.getUserPrincipal() != null && users.find(security.getUserPrincipal().getName())
                .flatMap(UserView::extension).filter(extension::equals).isPresent();
        if (!manager && !own) {
            throw new ForbiddenException("an agent acts for their own extension only");
        }
        extensions.find(extension).orElseThrow(() -> new ExtensionNotFoundException(extension));
        return extension;
    }

    /** Connects or disconnects the agent in each queue of the request; returns the agent afterwards. */
    private AgentDto inEachQueue(String extension, AgentLoginRequest request, BiConsumer<Long, String> action) {
        String agent = checked(extension);
        for (long queue : queuesOf(agent, request)) {
            action.accept(queue, agent);
        }
        return AgentDto.of(agents.find(agent));
    }

    private List<Long> queuesOf(String agent, AgentLoginRequest request) {
        if (request != null && request.queues != null && !request.queues.isEmpty()) {
            return request.queues;
        }
        return queues.dynamicQueuesOf(agent).stream().map(QueueSettings::id).toList();
    }
}
