package org.parley.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parley.platform.error.FieldError;

/**
 * An error response body as RFC 9457 describes ({@code application/problem+json}), with a list of field errors for
 * validation failures. Fields are public for JSON-B.
 */
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    public String type = "about:blank";
    public String title;
    public int status;
    public String detail;
    public List<FieldError> errors;

    public static Problem of(Response.StatusType status, String detail) {
        Problem p = new Problem();
        p.status = status.getStatusCode();
        p.title = status.getReasonPhrase();
        p.detail = detail;
        return p;
    }

    public Problem type(String value) {
        this.type = value;
        return this;
    }

    public Problem title(String value) {
        this.title = value;
        return this;
    }

    public Problem errors(List<FieldError> value) {
        this.errors = value;
        return this;
    }

    public Response toResponse() {
        return Response.status(status).type(TYPE).entity(this).build();
    }
}
