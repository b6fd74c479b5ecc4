package org.parley.web.phone;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.security.Role;

/**
 * {@code GET /api/me/phone}: the signed-in user's browser phone (docs/console.md, "Phone widget"): their linked
 * extension, the SIP-over-WebSocket address and a short-lived credential accepted only over a WebSocket.
 * 404 for a user with no linked extension.
 */
@Path("me/phone")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
@Tag(name = "Users")
public class PhoneResource {

    @Inject
    MyPhone phone;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The signed-in user's browser phone: extension, WebSocket URI and an issued SIP credential")
    public Response get() {
        PhoneDto dto = phone.issue(security.getUserPrincipal().getName(), uri.getBaseUri().getHost());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(dto).cacheControl(noStore).build();
    }
}
