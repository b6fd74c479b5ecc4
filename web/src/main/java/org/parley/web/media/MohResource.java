package org.parley.web.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.media.MusicClassInput;
import org.parley.media.MusicClassNotFoundException;
import org.parley.media.MusicOnHold;
import org.parley.security.Role;

/** {@code /api/moh}: music-on-hold classes, made of sounds of the library. */
@Path("moh")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Music on hold")
public class MohResource {

    @Inject
    MusicOnHold music;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Every music class by name, with its sounds in order")
    public List<MusicClassDto> list() {
        return music.classes().stream().map(MusicClassDto::of).toList();
    }

    @GET
    @Path("{class}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "One music class")
    @APIResponse(responseCode = "404", description = "No such class")
    public MusicClassDto get(@PathParam("class") String name) {
        return music.find(name).map(MusicClassDto::of).orElseThrow(() -> new MusicClassNotFoundException(name));
    }

    @PUT
    @Path("{class}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create or change a music class: {\"sounds\":[…],\"order\":\"sequential|random\"}")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "A bad name, no sounds, a sound not in the library (named), or"
            + " an unknown order")
    public MusicClassDto save(@PathParam("class") String name, MusicClassInput input) {
        return MusicClassDto.of(music.save(name, input == null ? new MusicClassInput() : input));
    }

    @DELETE
    @Path("{class}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete a music class; default cannot be deleted")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such class")
    @APIResponse(responseCode = "409", description = "It is the default class")
    public Response delete(@PathParam("class") String name) {
        music.delete(name);
        return Response.noContent().build();
    }
}
