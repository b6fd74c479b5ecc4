package org.parley.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends a browser elsewhere, whether the request is a full page request or a Jakarta Faces Ajax request. */
final class FacesRedirects {

    private FacesRedirects() {
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Tells a page's Ajax engine to go to {@code url} (a partial-response redirect). */
    static void ajaxRedirect(HttpServletResponse response, String url) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<partial-response><redirect url=\"" + url + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not answer an Ajax request with a redirect", e);
        }
    }
}
