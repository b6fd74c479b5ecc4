package org.parley.web.tracing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parley.platform.error.InvalidInputException;
import org.parley.security.Role;
import org.parley.tracing.CallRecordQuery;
import org.parley.tracing.CallRecordView;
import org.parley.tracing.CallRecords;
import org.parley.web.api.PageDto;
import org.parley.web.api.Paging;
import org.parley.web.api.Periods;

/**
 * {@code /api/cdrs}: call detail records, newest first, filtered by period, extension, number and disposition; as JSON
 * pages or, with {@code Accept: text/csv}, as one CSV file.
 */
@Path("cdrs")
@RequestScoped
@Tag(name = "Call records")
public class CdrResource {

    static final String CSV = "text/csv";
    static final int CSV_LIMIT = 100_000;
    private static final Set<String> DISPOSITIONS = Set.of("ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CANCELLED");

    @Inject
    CallRecords records;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Call records, newest first, a page at a time")
    public PageDto<CdrDto> list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("extension") String extension, @QueryParam("number") String number,
            @QueryParam("disposition") String disposition, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        CallRecordQuery query = query(from, to, extension, number, disposition);
        return PageDto.of(records.search(query, Paging.of(page, size)).map(CdrDto::of));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Call records as CSV (at most 100,000, newest first)")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("extension") String extension, @QueryParam("number") String number,
            @QueryParam("disposition") String disposition) {
        List<CallRecordView> rows = records.export(query(from, to, extension, number, disposition), CSV_LIMIT);
        StreamingOutput body = out -> CdrCsv.write(rows, out);
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"parley-cdrs.csv\"").build();
    }

    private static CallRecordQuery query(String from, String to, String extension, String number,
            String disposition) {
        return new CallRecordQuery(Periods.instant("from", from, false), Periods.instant("to", to, true), text(extension),
                text(number), text(disposition).map(CdrResource::disposition));
    }

    private static String disposition(String value) {
        String d = value.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        if (!DISPOSITIONS.contains(d)) {
            throw new InvalidInputException("disposition", "must be one of ANSWERED, NO ANSWER, BUSY, FAILED, CANCELLED");
        }
        return d;
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
