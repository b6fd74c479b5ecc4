package org.parley.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parley.platform.error.NotFoundException;

/** A named thing that does not exist: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }
}
