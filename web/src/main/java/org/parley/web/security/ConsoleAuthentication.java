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
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parley.security.LoginThrottle;
import org.parley.security.Role;
import org.parley.security.ThrottleRefusal;
import org.parley.security.UserAuthenticator;

/**
 * Signing in to the console: a form on {@code /login.xhtml} hands the credentials to
 * {@code SecurityContext.authenticate}; a successful sign-in is kept in the HTTP session, under a new session id.
 * Later requests of that session are signed in with the user's present roles. A protected page without a sign-in
 * sends the browser to the login page (for a JSF Ajax request, with a partial-response redirect).
 */
@ApplicationScoped
class ConsoleAuthentication {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute holding the {@link ThrottleRefusal} of a refused sign-in, for the login page to explain. */
    static final String REFUSAL = "org.parley.web.security.refusal";

    private static final Logger LOG = Logger.getLogger(ConsoleAuthentication.class.getName());
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserAuthenticator users;

    @Inject
    LoginThrottle throttle;

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential instanceof UsernamePasswordCredential password) {
                return signIn(password, request, context);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (ParleyAuthenticationMechanism.pathOf(request).startsWith(RESOURCES)) {
            return context.doNothing(); // style sheets, scripts, images: public, and no need to know who asks
        }
        Optional<String> user = ConsoleSession.user(request);
        if (user.isPresent()) {
            Optional<Set<Role>> roles = users.currentRoles(user.get());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(user.get(), roleNames(roles.get()));
            }
            LOG.info(() -> "Console session of user " + user.get() + " ended: the user is disabled or gone");
            ConsoleSession.end(request);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response, context);
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
            HttpMessageContext context) {
        String username = credential.getCaller();
        String address = request.getRemoteAddr();
        Optional<ThrottleRefusal> refusal = throttle.check(Optional.of(username), address);
        if (refusal.isPresent()) {
            request.setAttribute(REFUSAL, refusal.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(Optional.of(username), address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username, address);
        ConsoleSession.signedIn(request, result.getCallerPrincipal().getName());
        LOG.info(() -> "User " + username + " signed in to the console from " + address);
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        String login = request.getContextPath() + LOGIN_PAGE;
        if (FacesRedirects.isAjax(request)) {
            // the session ended while a page was open: tell the page's Ajax engine to go to the login page
            FacesRedirects.ajaxRedirect(response, login + "?expired=true");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String path = ParleyAuthenticationMechanism.pathOf(request);
        if ("GET".equals(request.getMethod()) && isPage(path)) {
            String query = request.getQueryString();
            ConsoleSession.rememberReturnTo(request, path + (query == null ? "" : "?" + query));
        }
        return context.redirect(login);
    }

    /**
     * Whether a path is a console page worth returning to after signing in (and safe to redirect to: never
     * {@code //host/…}, which a browser reads as another site).
     */
    static boolean isPage(String path) {
        boolean local = path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0;
        return local && (path.equals("/") || path.endsWith(".xhtml"));
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::roleName).collect(Collectors.toSet());
    }
}
