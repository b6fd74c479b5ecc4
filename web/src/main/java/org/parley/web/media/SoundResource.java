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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.media.SoundFiles;
import org.parley.media.SoundLibrary;
import org.parley.media.SoundNotFoundException;
import org.parley.media.SoundSettings;
import org.parley.security.Role;

/** {@code /api/sounds}: the sound library, prompts shipped with Parley and administrators' uploads. */
@Path("sounds")
@RequestScoped
@Tag(name = "Sounds")
public class SoundResource {


    @Inject
    SoundLibrary library;

    @Inject
    SoundSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Every sound by name: shipped prompts and music, uploads, and uploads replacing a shipped one")
    public List<SoundDto> list() {
        return library.list().stream().map(SoundDto::of).toList();
    }

    @GET
    @Path("{name}")
    @Produces("audio/wav")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "The sound as Parley plays it: an 8 kHz mono 16-bit PCM WAV file")
    @APIResponse(responseCode = "200", description = "The WAV file",
            content = @Content(mediaType = "audio/wav", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such sound")
    public Response get(@PathParam("name") String name) {
        byte[] wav = library.sound(name).map(s -> SoundFiles.toWav(s.mulaw()))
                .orElseThrow(() -> new SoundNotFoundException("No sound " + name));
        return Response.ok(wav, "audio/wav")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".wav\"").build();
    }

    @PUT
    @Path("{name}")
    @Consumes({"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Upload a sound: any common WAV (PCM 8 to 32-bit, float, µ-law, A-law; mono or stereo; any"
            + " rate), converted to 8 kHz G.711 µ-law. A shipped prompt's name replaces that prompt.")
    @RequestBody(content = @Content(mediaType = "audio/wav",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Stored, with its kind and duration")
    @APIResponse(responseCode = "400", description = "Not a name, or the body is empty, not audio, too large or too long")
    public SoundDto upload(@PathParam("name") String name, InputStream body) throws IOException {
        return SoundDto.of(library.upload(name, UploadBody.read(body, settings.maxUploadBytes())));
    }

    @DELETE
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete an upload; a shipped sound of the same name plays again")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No upload of this name (shipped sounds cannot be deleted)")
    @APIResponse(responseCode = "409", description = "Music classes play it")
    public Response delete(@PathParam("name") String name) {
        library.delete(name);
        return Response.noContent().build();
    }
}
