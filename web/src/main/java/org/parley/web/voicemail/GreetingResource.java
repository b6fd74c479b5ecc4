package org.parley.web.voicemail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.media.SoundSettings;
import org.parley.security.Role;
import org.parley.web.media.UploadBody;
import org.parley.voicemail.MailboxService;

/**
 * {@code /api/mailboxes/{number}/greeting}: the greeting callers hear before leaving a message, as a WAV file (also
 * recorded by phone, {@code *97} then {@code 0}, {@code 1}). Same access as the box's messages.
 */
@Path("mailboxes/{number}/greeting")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
@Tag(name = "Voicemail")
public class GreetingResource {

    private static final String WAV = "audio/wav";

    @Inject
    MailboxService mailboxes;

    @Inject
    MailboxAccess access;

    @Inject
    SoundSettings settings;

    @Context
    SecurityContext security;

    @GET
    @Produces(WAV)
    @Operation(summary = "The box's recorded greeting as an 8 kHz mono 16-bit PCM WAV file")
    @APIResponse(responseCode = "200", description = "the greeting",
            content = @Content(mediaType = WAV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such box, or it has no recorded greeting (callers hear the"
            + " prompts)")
    public Response get(@PathParam("number") String number) {
        access.require(security, number);
        byte[] wav = mailboxes.greeting(number)
                .orElseThrow(() -> new NotFoundException("mailbox " + number + " has no recorded greeting"));
        return Response.ok(wav, WAV).build();
    }

    @PUT
    @Consumes({WAV, "audio/x-wav", "audio/wave", "audio/vnd.wave", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Stores the box's greeting: a WAV file (any rate, converted to 8 kHz µ-law as uploaded"
            + " sounds are); callers leaving a message hear it instead of the prompts")
    @RequestBody(content = @Content(mediaType = WAV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "204", description = "stored")
    @APIResponse(responseCode = "400", description = "not a WAV file, empty, too long or larger than"
            + " PARLEY_SOUND_MAX_UPLOAD_MB")
    public Response put(@PathParam("number") String number, InputStream body) throws IOException {
        access.require(security, number);
        mailboxes.saveGreeting(number, UploadBody.read(body, settings.maxUploadBytes()));
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Deletes the box's greeting: callers hear the prompts again")
    @APIResponse(responseCode = "204", description = "deleted, or there was none")
    public Response delete(@PathParam("number") String number) {
        access.require(security, number);
        mailboxes.deleteGreeting(number);
        return Response.noContent().build();
    }
}
