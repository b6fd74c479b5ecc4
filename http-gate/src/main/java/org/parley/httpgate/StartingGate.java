package org.parley.httpgate;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Context;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

/**
 * A valve on Payara's virtual server (property {@code valve_1}, set in {@code preboot.asadmin}; the class comes from
 * {@code parley-http-gate.jar} given to Payara Micro with {@code --addlibs}): until Parley's web module serves,
 * every request is answered {@code 503} with {@code Retry-After} and a problem+json body.
 *
 * <p>Without it, while Payara Micro deploys Parley the server answers for it: first its default web module (404 for
 * {@code /api}, and readiness without Parley's checks), then, from the moment it removes that module to make room for
 * Parley at {@code /} until Parley's web module has started (several seconds), an empty {@code 500} for every path
 * (its host valve finds no context). The valve runs before that host valve, without touching the HTTP listener.
 * With the run command the listener itself binds only once Parley is deployed ({@code postdeploy.asadmin}), so the
 * valve is the second line: it answers if the listener is up while Parley is not (a redeployment, another launcher).
 *
 * <p>Parley's web module marks its servlet context with {@link #SERVING} once initialised
 * ({@code org.parley.web.console.WebModuleStarted}); a request whose context lacks the mark (none mapped, or Payara's
 * default web module) gets the 503. Once Parley serves, Parley itself answers 503 to what is not ready yet.
 */
public class StartingGate implements GlassFishValve {

    /** The servlet context attribute Parley's web module sets once it serves. */
    public static final String SERVING = "org.parley.web.serving";

    static final String RETRY_AFTER_SECONDS = "5";

    static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"Parley is starting. Try again in a few seconds.\"}";

    @Override
    public String getInfo() {
        return "Parley's starting gate: 503 until Parley's web module serves";
    }

    @Override
    public int invoke(Request request, Response response) throws IOException {
        if (serving(request.getContext())) {
            return INVOKE_NEXT;
        }
        HttpServletResponse http = (HttpServletResponse) response.getResponse();
        http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        http.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        http.setHeader("Cache-Control", "no-store");
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setContentType("application/problem+json");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        http.getWriter().write(BODY);
        return END_PIPELINE;
    }

    @Override
    public void postInvoke(Request request, Response response) {
        // nothing to do after the rest of the pipeline
    }

    private static boolean serving(Context context) {
        if (context == null) {
            return false;
        }
        ServletContext servletContext = context.getServletContext();
        return servletContext != null && Boolean.TRUE.equals(servletContext.getAttribute(SERVING));
    }
}
