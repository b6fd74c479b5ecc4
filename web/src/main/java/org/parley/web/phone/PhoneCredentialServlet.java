package org.parley.web.phone;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /phone-credential}: the same body as {@code GET /api/me/phone} for the console's phone widget, which carries
 * the console's session (the REST API takes no session). Every signed-in console user may ask (web.xml); 404 for
 * one without a linked extension. Not cacheable.
 */
@WebServlet("/phone-credential")
public class PhoneCredentialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MyPhone phone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getUserPrincipal().getName();
        if (phone.extensionOf(user).isEmpty()) {
            response.setHeader("Cache-Control", "no-store, private");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PhoneJson.write(response, phone.issue(user, request.getServerName()));
    }
}
