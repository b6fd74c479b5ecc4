package org.parley.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.parley.platform.error.ConflictException;
import org.parley.platform.error.FieldError;

/** A clash with what exists (e.g. a duplicate number): 409, naming the field. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        Problem p = Problem.of(Response.Status.CONFLICT, e.getMessage()).type("urn:parley:problem:conflict");
        if (e.field() != null) {
            p.errors(List.of(new FieldError(e.field(), e.getMessage())));
        }
        return p.toResponse();
    }
}
