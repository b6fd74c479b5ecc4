package org.parley.web.phone;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /phone-credential}: the same body as {@code GET /api/me/phone} for the console's phone widget, which carries
 * the console's session (the REST API takes no session). Every signed-in console user may ask (web.xml); 404 for
 * one without a linked extension. Not cacheable.
 */
@WebServlet("/phone-credential")
public class PhoneCredentialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    transient MyPhone phone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store, private");
        String user = request.getUserPrincipal().getName();
        if (phone.extensionOf(user).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = JSON.toJson(phone.issue(user, request.getServerName())).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
