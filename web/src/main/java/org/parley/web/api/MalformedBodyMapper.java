package org.parley.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.parley.platform.error.FieldError;

/** A body that is not the JSON expected: 400, naming the property when the reader could tell which. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        if (!isJsonProblem(e)) {
            return new UnexpectedExceptionMapper().toResponse(e);
        }
        Problem p = Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON for this resource")
                .type("urn:parley:problem:malformed-body").title("Malformed body");
        MalformedBody.fieldOf(e).ifPresent(f -> p.errors(List.of(new FieldError(f, "has the wrong type or format"))));
        return p.toResponse();
    }

    private static boolean isJsonProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
