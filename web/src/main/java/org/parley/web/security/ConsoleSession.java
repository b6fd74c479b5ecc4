package org.parley.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The console's sign-in, kept in the HTTP session: the user name only (roles are read afresh on each request, so a
 * disabled user or a changed role takes effect at once), and the page to return to after signing in.
 */
final class ConsoleSession {

    private static final String USER = "org.parley.console.user";
    private static final String RETURN_TO = "org.parley.console.returnTo";

    private ConsoleSession() {
    }

    static Optional<String> user(HttpServletRequest request) {
        return Optional.ofNullable(request.getSession(false))
                .map(s -> s.getAttribute(USER))
                .map(String.class::cast);
    }

    /** Records a sign-in in a session with a new id (so that an id known before the sign-in is worthless). */
    static void signedIn(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(USER, username);
    }

    /** Ends the session, if there is one. */
    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static void rememberReturnTo(HttpServletRequest request, String path) {
        request.getSession(true).setAttribute(RETURN_TO, path);
    }

    /** The page to show after signing in (and forgets it); the dashboard when none was asked for. */
    static String takeReturnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "/";
        }
        Object path = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return path instanceof String p ? p : "/";
    }
}
