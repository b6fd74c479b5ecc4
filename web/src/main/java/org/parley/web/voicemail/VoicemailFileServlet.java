package org.parley.web.voicemail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parley.platform.error.NotFoundException;
import org.parley.security.Role;
import org.parley.voicemail.MailboxService;

/**
 * {@code /voicemail-files/{box}/{id}}: a message's recording as a WAV file for the console's audio elements and
 * download links ({@code ?download}), with the console's session: administrators every box, another user the boxes
 * of their extension (else 403).
 */
@WebServlet("/voicemail-files/*")
public class VoicemailFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailboxService mailboxes;

    @Inject
    transient MailboxAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String[] parts = path == null ? new String[0] : path.substring(1).split("/");
        if (parts.length != 2 || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!access.mayUse(request.isUserInRole(Role.ADMIN_NAME), request.getUserPrincipal().getName(), parts[0])) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] wav;
        try {
            wav = mailboxes.recording(parts[0], parts[1]);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("audio/wav");
        response.setContentLength(wav.length);
        response.setHeader("Cache-Control", "no-store");
        if (request.getParameter("download") != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"voicemail-" + parts[0] + "-" + parts[1]
                    + ".wav\"");
        }
        response.getOutputStream().write(wav);
    }
}
