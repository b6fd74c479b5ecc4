package org.parley.web.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.parley.media.SoundFiles;
import org.parley.media.SoundLibrary;
import org.parley.sipconnector.media.Sound;

/**
 * {@code /sound-files/{name}}: a sound as a WAV file for the console's audio elements, which carry the console's
 * session (the REST API takes no session). web.xml lets administrators and supervisors in, as on the Sounds page.
 */
@WebServlet("/sound-files/*")
public class SoundFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SoundLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<Sound> sound = path == null ? Optional.empty() : library.sound(path.substring(1));
        if (sound.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] wav = SoundFiles.toWav(sound.get().mulaw());
        response.setContentType("audio/wav");
        response.setContentLength(wav.length);
        // a replaced sound must not play from the browser's cache
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(wav);
    }
}
