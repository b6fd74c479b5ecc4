package org.parley.web.forwarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.forwarding.ForwardingInput;
import org.parley.forwarding.ForwardingService;
import org.parley.security.Role;
import org.parley.web.security.OwnExtension;

/**
 * {@code /api/extensions/{number}/forwarding}: the forwarding rules and extra devices of one extension, for
 * administrators and for the user linked to that extension (self-service).
 */
@Path("extensions/{number}/forwarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
@Tag(name = "Forwarding")
public class ForwardingResource {

    @Inject
    ForwardingService forwarding;

    @Inject
    OwnExtension ownExtension;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The forwarding rules (unconditional, busy, noAnswer, unavailable) and extra devices of an"
            + " extension; administrators, or the user linked to the extension")
    @APIResponse(responseCode = "403", description = "Not an administrator and not the extension's own user")
    @APIResponse(responseCode = "404", description = "No such extension")
    public ForwardingDto get(@PathParam("number") String number) {
        allowed(number);
        return ForwardingDto.of(forwarding.get(number));
    }

    @PUT
    @Operation(summary = "Replace the forwarding of an extension: a rule left out is off; targets are extensions,"
            + " queues' numbers (the call then waits in the queue) or phone numbers (stored in E.164);"
            + " international numbers are refused unless their country is allowed")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field (e.g. unconditional.target)")
    @APIResponse(responseCode = "403", description = "Not an administrator and not the extension's own user")
    @APIResponse(responseCode = "404", description = "No such extension")
    public ForwardingDto update(@PathParam("number") String number, ForwardingInput input) {
        allowed(number);
        return ForwardingDto.of(forwarding.update(number, input));
    }

    /** Administrators change every extension's forwarding; other users only that of the extension linked to them. */
    private void allowed(String number) {
        ownExtension.require(security, number, "see or change the forwarding", Role.ADMIN_NAME);
    }
}
