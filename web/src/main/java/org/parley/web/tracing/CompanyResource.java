package org.parley.web.tracing;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Role;
import org.parley.tracing.CompanyInput;
import org.parley.tracing.CompanyService;
import org.parley.tracing.CompanyView;
import org.parley.tracing.TracingNotFoundException;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;

/** {@code /api/companies}: the companies calls are traced for. */
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Call tracing")
public class CompanyResource {

    @Inject
    CompanyService companies;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Companies ordered by name, a page at a time: `q` any part of a name or number, `phone` the"
            + " companies having this number however it is written")
    public PageDto<CompanyDto> list(@QueryParam("q") String q, @QueryParam("phone") String phone,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = Paging.of(page, size);
        if (phone != null) {
            List<CompanyView> found = companies.lookup(phone);
            return PageDto.of(new Page<>(found.stream().skip(request.offset()).limit(request.size()).toList(),
                    request.page(), request.size(), found.size()).map(CompanyDto::of));
        }
        return PageDto.of(companies.search(q, request).map(CompanyDto::of));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Create a company; numbers in any form, stored in E.164")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    public Response create(CompanyInput input, @Context UriInfo uri) {
        CompanyDto created = CompanyDto.of(companies.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id)).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "One company")
    @APIResponse(responseCode = "404", description = "No such company")
    public CompanyDto get(@PathParam("id") long id) {
        return companies.find(id).map(CompanyDto::of).orElseThrow(() -> new TracingNotFoundException("company", id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    @Operation(summary = "Replace a company's name, numbers and notes")
    @APIResponse(responseCode = "400", description = "Invalid input, field by field")
    @APIResponse(responseCode = "404", description = "No such company")
    public CompanyDto update(@PathParam("id") long id, CompanyInput input) {
        return CompanyDto.of(companies.update(id, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Delete a company; its contacts stay, without a company")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such company")
    public Response delete(@PathParam("id") long id) {
        companies.delete(id);
        return Response.noContent().build();
    }
}
