package org.parley.web.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response on which a Content-Security-Policy header, when set again, replaces the one there (two policies would
 * both apply, and the one without the page's nonce would block its scripts), and on which the application cannot set
 * {@code Server} or {@code X-Powered-By}.
 */
final class SecurityHeadersResponse extends HttpServletResponseWrapper {

    private static final String CSP = SecurityHeaders.CSP;

    SecurityHeadersResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addHeader(String name, String value) {
        if (CSP.equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        } else if (!hidden(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!hidden(name)) {
            super.setHeader(name, value);
        }
    }

    private static boolean hidden(String name) {
        return "Server".equalsIgnoreCase(name) || "X-Powered-By".equalsIgnoreCase(name);
    }
}
