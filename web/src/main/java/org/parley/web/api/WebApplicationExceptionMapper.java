package org.parley.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP errors raised by JAX-RS itself (unknown path, wrong method, unsupported media type …) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder b = Response.fromResponse(original).type(Problem.TYPE)
                .entity(Problem.of(status, MalformedBody.detailOf(e)));
        return b.build();
    }
}
