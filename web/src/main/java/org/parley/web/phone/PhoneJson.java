package org.parley.web.phone;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes the phone widget's JSON answers: never cached (they are the signed-in user's own). */
final class PhoneJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private PhoneJson() {
    }

    static void write(HttpServletResponse response, Object value) throws IOException {
        byte[] body = JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-store, private");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
