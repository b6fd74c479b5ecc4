package org.parley.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The largest request body the API reads ({@code PARLEY_API_MAX_BODY_BYTES}, 1 MiB by default): a request that
 * declares a longer body is refused with 413 before anything is read; a JSON body without a length (chunked) is read
 * up to the limit and refused there. Audio uploads ({@code audio/*}) are not JSON: their resource sets its own limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    static final String KEY = "PARLEY_API_MAX_BODY_BYTES";
    private static final int DEFAULT = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("audio/")) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > limit()) {
            throw tooLarge();
        }
    }

    /** The whole of {@code in}, refused with 413 once it passes the limit. */
    static byte[] read(InputStream in) throws IOException {
        int limit = limit();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > limit) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static int limit() {
        return ConfigProvider.getConfig().getOptionalValue(KEY, Integer.class).orElse(DEFAULT);
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException("The body is larger than the limit of " + limit() + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
