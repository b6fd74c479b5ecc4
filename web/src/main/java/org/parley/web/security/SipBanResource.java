package org.parley.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Role;
import org.parley.security.SipAuthGuard;

/** {@code /api/sip-bans}: source addresses the SIP authentication guard ignores, and lifting a ban. */
@Path("sip-bans")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "SIP bans")
@RolesAllowed(Role.ADMIN_NAME)
public class SipBanResource {

    @Inject
    SipAuthGuard guard;

    @GET
    @Operation(summary = "Source addresses banned for failing SIP authentication, earliest end first")
    public List<SipBanDto> list() {
        return guard.bans().stream().map(SipBanDto::of).toList();
    }

    @DELETE
    @Path("{address}")
    @Operation(summary = "Lift a ban: the address is served again and its failures are forgotten")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "400", description = "Not an IP address")
    @APIResponse(responseCode = "404", description = "No ban of that address is in force")
    public Response lift(@PathParam("address") String address) {
        guard.lift(address);
        return Response.noContent().build();
    }
}
