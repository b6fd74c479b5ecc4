package org.parley.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes an {@code application/problem+json} body (RFC 9457) straight to a servlet response, for the answers the
 * authentication mechanism gives before JAX-RS runs (401, 429).
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** 503 with {@code Retry-After}: Parley is starting, or cannot read what it needs from the database. */
    static void unavailable(HttpServletResponse response, long retryAfterSeconds, String detail) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", detail);
    }

    static void write(HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString();
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + status + " answer", e);
        }
    }
}
