package org.parley.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.platform.health.ApplicationState;

/**
 * How callers sign in, the application's one authentication mechanism. Under {@code /api}: HTTP Basic or an API
 * token on every request ({@link ApiAuthentication}). Everywhere else, the console: a login form and a session
 * ({@link ConsoleAuthentication}). Which roles may do what is declared in web.xml (pages) and with
 * {@code @RolesAllowed} (REST resources).
 */
@ApplicationScoped
public class ParleyAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    ApiAuthentication api;

    @Inject
    ConsoleAuthentication console;

    @Inject
    ApplicationState state;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            if (!state.started()) {
                // nothing is asked of services still starting: no "container is in Initializing" failures
                SecurityHeaders.apply(request, response);
                ProblemResponses.unavailable(response, ApplicationState.RETRY_WHILE_STARTING.toSeconds(),
                        "Parley is starting. Try again in a few seconds.");
                return AuthenticationStatus.SEND_FAILURE;
            }
            return api.validate(request, response, context);
        }
        return console.validate(request, response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The request's path inside the application, as the client sent it (not decoded). */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
