package org.parley.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.platform.persistence.StorageUnavailable;

/**
 * Anything unforeseen: 500 with an incident id; the stack trace goes to the log, never to the caller. A failure of
 * the database itself (unreachable, timed out) is no bug: 503 with {@code Retry-After} and one log line.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (StorageUnavailable.isCause(e)) {
            LOG.warning(() -> "REST request not served: database unavailable (" + rootOf(e) + ")");
            Response r = Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The database is unavailable. Try again later.").toResponse();
            return Response.fromResponse(r).header("Retry-After", StorageUnavailable.RETRY_AFTER.toSeconds())
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST request failed, incident " + incident, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected failure; incident " + incident)
                .toResponse();
    }

    private static String rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
