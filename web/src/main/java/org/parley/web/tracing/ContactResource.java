package org.parley.web.tracing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Role;
import org.parley.tracing.ContactInput;
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;
import org.parley.tracing.TracingNotFoundException;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/**
 * {@code /api/contacts}: the people calls are traced for. Search by any part of a name or number, look up by a number
 * in any form a phone presents it, import and export as CSV.
 */
@Path("contacts")
@RequestScoped
@Tag(name = "Call tracing")
public class ContactResource {

    static final String CSV = "text/csv";
    private static final int CSV_LIMIT = 100_000;

    @Inject
    ContactService contacts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Contacts ordered by name, a page at a time: `q` any part of a name or number, `phone` the"
            + " contacts having this number however it is written (+33 1 23…, 0123…, 33123…)")
    public PageDto<ContactDto> list(@QueryParam("q") String q, @QueryParam("phone") String phone,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = Paging.of(page, size);
        if (phone != null) {
            List<ContactView> found = contacts.lookup(phone);
            return PageDto.of(new Page<>(found.stream().skip(request.offset()).limit(request.size()).toList(),
                    request.page(), request.size(), found.size()).map(ContactDto::of));
        }
        return PageDto.of(contacts.search(q, request).map(ContactDto::of));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Contacts as CSV (name,company,phones,email,notes; numbers separated by ';'), at most"
            + " 100,000, ordered by name; `q` as for JSON")
    public Response export(@QueryParam("q") String q) {
        List<ContactView> all = everything(q);
        StreamingOutput body = out -> ContactCsv.write(all, out);
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"parley-contacts.csv\"").build();
    }

    /** Every contact matching {@code q}, up to the CSV limit, a page at a time. */
    private List<ContactView> everything(String q) {
        List<ContactView> all = new ArrayList<>();
        for (int p = 0; all.size() < CSV_LIMIT; p++) {
            List<ContactView> items = contacts.search(q, new PageRequest(p, PageRequest.MAX_SIZE)).items();
            all.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    @POST
    @Path("import")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Import contacts from CSV (the export's columns, `name` required, a company by its name):"
            + " all rows or none")
    @APIResponse(responseCode = "200", description = "`{\"imported\": n}`")
    @APIResponse(responseCode = "400", description = "Every bad row, field `line N: column`; nothing was imported")
    public JsonObject importCsv(InputStream body) {
        int imported = contacts.importAll(ContactCsv.read(body));
        return Json.createObjectBuilder().add("imported", imported).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Create a contact; numbers in any form, stored in E.164")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    public Response create(ContactInput input, @Context UriInfo uri) {
        ContactDto created = ContactDto.of(contacts.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "One contact")
    @APIResponse(responseCode = "404", description = "No such contact")
    public ContactDto get(@PathParam("id") long id) {
        return contacts.find(id).map(ContactDto::of).orElseThrow(() -> new TracingNotFoundException("contact", id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Replace a contact's name, company, numbers, email and notes")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "No such contact")
    public ContactDto update(@PathParam("id") long id, ContactInput input) {
        return ContactDto.of(contacts.update(id, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Delete a contact; its communications stay, without it as a party")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such contact")
    public Response delete(@PathParam("id") long id) {
        contacts.delete(id);
        return Response.noContent().build();
    }
}
