package org.parley.web.registrar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.registrar.Registrations;
import org.parley.security.Role;

/** {@code /api/registrations}: the live bindings of SIP phones. */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registrations")
public class RegistrationResource {

    @Inject
    Registrations registrations;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Live bindings (contacts of registered phones), optionally of one extension")
    public List<RegistrationDto> list(@QueryParam("extension") String extension) {
        return registrations.list(Optional.ofNullable(extension).filter(e -> !e.isBlank())).stream()
                .map(RegistrationDto::of)
                .toList();
    }
}
