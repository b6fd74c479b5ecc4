package org.parley.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.platform.persistence.StorageUnavailable;
import org.parley.security.ApiTokenCredential;
import org.parley.security.LoginThrottle;
import org.parley.security.ThrottleRefusal;

/**
 * Signing in to {@code /api}: every request carries HTTP Basic (a console user) or {@code Bearer <api-token>}; no
 * session is used. A missing or wrong credential gets 401 with {@code WWW-Authenticate} challenges; an attempt the
 * {@link LoginThrottle} refuses gets 429 with {@code Retry-After}. Both with a problem+json body.
 */
@ApplicationScoped
class ApiAuthentication {

    private static final Logger LOG = Logger.getLogger(ApiAuthentication.class.getName());

    /** Request attribute set to {@code "token"} or {@code "password"}: how an API caller signed in. */
    static final String SIGNED_IN_WITH = "org.parley.web.security.signedInWith";

    static final String REALM = "Parley";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<UsernamePasswordCredential> basic = ApiCredentials.basic(header);
        if (basic.isPresent()) {
            return signIn(basic.get(), Optional.of(basic.get().getCaller()), "password", request, response, context);
        }
        Optional<String> bearer = ApiCredentials.bearer(header);
        if (bearer.isPresent()) {
            return signIn(new ApiTokenCredential(bearer.get()), Optional.empty(), "token", request, response,
                    context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response,
                "Sign in with HTTP Basic as a console user, or with Bearer and an API token");
    }

    private AuthenticationStatus signIn(Credential credential, Optional<String> username, String with,
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String address = request.getRemoteAddr();
        Optional<ThrottleRefusal> refusal = throttle.check(username, address);
        if (refusal.isPresent()) {
            return tooManyAttempts(request, response, refusal.get());
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            if (!StorageUnavailable.isCause(e)) {
                throw e;
            }
            LOG.warning(() -> "Sign-in of " + username.orElse("(API token)") + " not checked: database unavailable");
            SecurityHeaders.apply(request, response);
            ProblemResponses.unavailable(response, StorageUnavailable.RETRY_AFTER.toSeconds(),
                    "The credentials cannot be checked now: the database is unavailable. Try again later.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, address);
            return unauthorized(request, response, "password".equals(with) ? "Wrong user name or password"
                    : "The API token is unknown, expired or revoked");
        }
        username.ifPresent(u -> throttle.succeeded(u, address));
        request.setAttribute(SIGNED_IN_WITH, with);
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String detail) {
        SecurityHeaders.apply(request, response);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
            ThrottleRefusal refusal) {
        SecurityHeaders.apply(request, response);
        response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        ProblemResponses.write(response, 429, "Too Many Requests", SignInRefusals.describe(refusal));
        return AuthenticationStatus.SEND_FAILURE;
    }
}
