package org.parley.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.platform.error.InvalidInputException;

/** Validation failures: 400 with every invalid field named. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage())
                .type("urn:parley:problem:invalid-input")
                .title("Invalid input")
                .errors(e.errors())
                .toResponse();
    }
}
