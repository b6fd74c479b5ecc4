package org.parley.web.dialplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.dialplan.NumberPlan;
import org.parley.security.Role;

/** {@code /api/numbers/{dialed}}: how Parley reads a dialled string (for CRMs and the console). */
@Path("numbers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Routes")
public class NumberResource {

    @Inject
    NumberPlan plan;

    @GET
    @Path("{dialed}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Classify and normalise a dialled string: internal, national, international (E.164),"
            + " emergency or invalid")
    public DialedNumberDto parse(@PathParam("dialed") String dialed) {
        return DialedNumberDto.of(plan.parse(dialed), plan.country());
    }
}
