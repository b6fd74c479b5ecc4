package org.parley.web.call;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.call.CallNotFoundException;
import org.parley.call.CallService;
import org.parley.call.TransferRequest;
import org.parley.platform.error.InputValidator;
import org.parley.security.Role;
import org.parley.web.security.OwnExtension;

/** {@code /api/calls}: calls in progress, click-to-dial, hang-up, transfer. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Calls")
public class CallResource {

    private static final String NO_CONSULTATION = "The call has no attended transfer ringing or consulting its target"
            + " (or its outside party hung up meanwhile)";

    @Inject
    CallService calls;

    @Inject
    InputValidator validator;

    @Inject
    OwnExtension ownExtension;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Calls in progress with their legs and states, oldest first")
    public List<CallDto> active() {
        return calls.active().stream().map(CallDto::of).toList();
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Click-to-dial: ring extension `from`, then dial `to` once it answers. Administrators and"
            + " supervisors from any extension; every other user only from the extension linked to them")
    @APIResponse(responseCode = "201", description = "The call, ringing the extension")
    @APIResponse(responseCode = "400", description = "Unknown extension, no registered device, or a number that cannot be dialled")
    @APIResponse(responseCode = "403", description = "`from` is not the extension linked to the signed-in user")
    public Response originate(OriginateRequest request, @Context UriInfo uri, @Context SecurityContext security) {
        validator.check(request);
        ownExtension.require(security, request.getFrom().trim(), "place calls", Role.ADMIN_NAME,
                Role.SUPERVISOR_NAME);
        CallDto call = CallDto.of(calls.originate(request.getFrom().trim(), request.getTo().trim()));
        return Response.created(uri.getAbsolutePathBuilder().path(call.id).build()).entity(call).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "One call in progress")
    public CallDto get(@PathParam("id") String id) {
        return calls.find(id).map(CallDto::of).orElseThrow(() -> new CallNotFoundException(id));
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Transfer an answered call: its outside party (the caller, or the callee of an outbound call)"
            + " is to be connected to `target` (an extension, a queue or a number). `blind`: the target is rung and"
            + " the inside party hung up once it answers. `attended`: the inside party consults the target first (the outside"
            + " party waits, unbridged), then `POST …/transfer/complete` (or the inside party hanging up) connects"
            + " the outside party with the target and `DELETE …/transfer` gives it back")
    @APIResponse(responseCode = "202", description = "The transfer started; the call, in state TRANSFERRING with its"
            + " `transfer` (stage RINGING). An attended transfer's consultation starting comes as"
            + " `call.transfer_consulting`, its outcome as `call.transferred` or `call.transfer_failed` on"
            + " /api/events")
    @APIResponse(responseCode = "400", description = "No target, a mode other than blind or attended, a target that"
            + " cannot be called (unknown extension, no route, an international number,"
            + " a queue's agent code)")
    @APIResponse(responseCode = "404", description = "No such call in progress")
    @APIResponse(responseCode = "409", description = "The call is not answered, or a transfer is already under way")
    public Response transfer(@PathParam("id") String id, TransferBody body) {
        validator.check(body);
        if (calls.find(id).isEmpty()) {
            throw new CallNotFoundException(id);
        }
        TransferRequest.Mode mode = "attended".equals(body.getMode()) ? TransferRequest.Mode.ATTENDED
                : TransferRequest.Mode.BLIND;
        return Response.accepted(CallDto.of(calls.transfer(id, body.getTarget().trim(), mode))).build();
    }

    @POST
    @Path("{id}/transfer/complete")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Complete an attended transfer: the outside party is connected to the consulted target, the"
            + " inside party is hung up. While the target still rings, the transfer goes on blind")
    @APIResponse(responseCode = "202", description = "Completing; the call (stage COMPLETING, or RINGING when it"
            + " went on blind). The outcome comes as `call.transferred` or `call.transfer_failed` on /api/events")
    @APIResponse(responseCode = "404", description = "No such call in progress")
    @APIResponse(responseCode = "409", description = NO_CONSULTATION)
    public Response completeTransfer(@PathParam("id") String id) {
        return Response.accepted(CallDto.of(calls.completeTransfer(id))).build();
    }

    @DELETE
    @Path("{id}/transfer")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Cancel an attended transfer: the target is hung up (or no longer rung) and the inside party"
            + " gets the outside one back")
    @APIResponse(responseCode = "204", description = "Cancelled; `call.transfer_failed` follows on /api/events once"
            + " the two parties are connected again")
    @APIResponse(responseCode = "404", description = "No such call in progress")
    @APIResponse(responseCode = "409", description = NO_CONSULTATION)
    public Response cancelTransfer(@PathParam("id") String id) {
        calls.cancelTransfer(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Hang a call up")
    @APIResponse(responseCode = "204", description = "Hung up")
    public Response hangup(@PathParam("id") String id) {
        calls.hangup(id);
        return Response.noContent().build();
    }
}
