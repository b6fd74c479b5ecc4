package org.parley.web.voicemail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.platform.error.InvalidInputException;
import org.parley.security.Role;
import org.parley.voicemail.MailboxInput;
import org.parley.voicemail.MailboxService;

/**
 * {@code /api/mailboxes}: every extension's own box and the shared boxes, with their messages. Administrators reach
 * every box; another user the box of their extension and the shared boxes notifying it.
 */
@Path("mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
@Tag(name = "Voicemail")
public class MailboxResource {

    @Inject
    MailboxService mailboxes;

    @Inject
    MailboxAccess access;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The mailboxes the user may use (administrators: every extension's box and every shared"
            + " box), with their new and old message counts")
    public List<MailboxDto> list() {
        return mailboxes.list().stream().filter(b -> access.mayUse(security, b.number())).map(MailboxDto::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a shared mailbox (company voicemail, a team's box): number, name, notified"
            + " extensions")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field (number, name, notified[i])")
    @APIResponse(responseCode = "409", description = "The number is already used (an extension, a queue, a box …)")
    public Response create(MailboxInput input, @Context UriInfo uri) {
        MailboxDto created = MailboxDto.of(mailboxes.create(input == null ? new MailboxInput() : input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.number).build()).entity(created).build();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One mailbox")
    @APIResponse(responseCode = "403", description = "Not an administrator and not the box's user")
    @APIResponse(responseCode = "404", description = "No such mailbox")
    public MailboxDto get(@PathParam("number") String number) {
        access.require(security, number);
        return MailboxDto.of(mailboxes.get(number));
    }

    @PUT
    @Path("{number}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change a mailbox: enabled and pin (either kind; 4 to 10 digits, stored hashed, never"
            + " returned), name and notified (a shared box); fields left out keep their value")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field (pin, name, notified[i])")
    @APIResponse(responseCode = "404", description = "No such mailbox")
    public MailboxDto update(@PathParam("number") String number, MailboxInput input) {
        return MailboxDto.of(mailboxes.update(number, input == null ? new MailboxInput() : input));
    }

    @DELETE
    @Path("{number}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete a shared mailbox with its messages")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such mailbox")
    @APIResponse(responseCode = "409", description = "An extension's own box (switch it off instead)")
    public Response delete(@PathParam("number") String number) {
        mailboxes.delete(number);
        return Response.noContent().build();
    }

    @GET
    @Path("{number}/messages")
    @Operation(summary = "The box's messages, newest first: id, caller number and name, receivedAt,"
            + " durationSeconds, heard")
    @APIResponse(responseCode = "403", description = "Not an administrator and not the box's user")
    @APIResponse(responseCode = "404", description = "No such mailbox")
    public List<MessageDto> messages(@PathParam("number") String number) {
        access.require(security, number);
        return mailboxes.messages(number).stream().map(MessageDto::of).toList();
    }

    @GET
    @Path("{number}/messages/{id}")
    @Operation(summary = "One message")
    @APIResponse(responseCode = "404", description = "No such mailbox or message")
    public MessageDto message(@PathParam("number") String number, @PathParam("id") String id) {
        access.require(security, number);
        return MessageDto.of(mailboxes.message(number, id));
    }

    @GET
    @Path("{number}/messages/{id}")
    @Produces("audio/wav")
    @Operation(summary = "The message's recording: an 8 kHz mono 16-bit PCM WAV file")
    @APIResponse(responseCode = "200", description = "The WAV file",
            content = @Content(mediaType = "audio/wav", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such mailbox or message")
    public Response recording(@PathParam("number") String number, @PathParam("id") String id) {
        access.require(security, number);
        return Response.ok(mailboxes.recording(number, id), "audio/wav")
                .header("Content-Disposition", "attachment; filename=\"voicemail-" + number + "-" + id + ".wav\"")
                .build();
    }

    @PUT
    @Path("{number}/messages/{id}")
    @Operation(summary = "Mark a message heard or new: {\"heard\": true}")
    @APIResponse(responseCode = "400", description = "heard missing")
    @APIResponse(responseCode = "404", description = "No such mailbox or message")
    public MessageDto mark(@PathParam("number") String number, @PathParam("id") String id, HeardInput input) {
        access.require(security, number);
        if (input == null || input.heard == null) {
            throw new InvalidInputException("heard", "true or false");
        }
        return MessageDto.of(mailboxes.markHeard(number, id, input.heard));
    }

    @DELETE
    @Path("{number}/messages/{id}")
    @Operation(summary = "Delete a message")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such mailbox or message")
    public Response deleteMessage(@PathParam("number") String number, @PathParam("id") String id) {
        access.require(security, number);
        mailboxes.deleteMessage(number, id);
        return Response.noContent().build();
    }
}
