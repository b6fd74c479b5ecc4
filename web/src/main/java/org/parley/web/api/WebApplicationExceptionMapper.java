package org.parley.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/** HTTP errors raised by JAX-RS itself (unknown path, wrong method, unsupported media type …) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** A Java class or exception named in a message ({@code java.lang.NumberFormatException}, {@code For input}). */
    private static final Pattern JAVA_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Za-z]|For input string|Exception");

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() && original.getEntity() instanceof Problem) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder b = Response.fromResponse(original).type(Problem.TYPE)
                .entity(Problem.of(status, detail(e, status)));
        return b.build();
    }

    /** JAX-RS's own message when it is one for people; never a parser's or a Java class name. */
    private static String detail(WebApplicationException e, Response.StatusType status) {
        String message = MalformedBody.detailOf(e);
        if (message == null || message.startsWith("HTTP ") || JAVA_NAME.matcher(message).find()) {
            return status.getStatusCode() == 404 ? "No such resource" : status.getReasonPhrase();
        }
        return message;
    }
}
