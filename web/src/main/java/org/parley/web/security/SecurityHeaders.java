package org.parley.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response: a Content-Security-Policy, {@code X-Frame-Options: DENY},
 * {@code X-Content-Type-Options: nosniff} and a strict {@code Referrer-Policy}. The policy is the one web.xml gives
 * PrimeFaces ({@code primefaces.CSP_POLICY}, ending in {@code script-src 'self'}): on a console page PrimeFaces sends
 * it again with the page's nonce appended, which replaces this one ({@link SecurityHeadersResponse}).
 */
final class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";
    /** Context parameter holding the policy (PrimeFaces reads the same one). */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    /** Used only if web.xml lost its policy: nothing but the application's own files. */
    private static final String FALLBACK_POLICY = "default-src 'self'; frame-ancestors 'none'; script-src 'self'";

    private SecurityHeaders() {
    }

    /** Sets the headers on a response the application writes, whatever writes it (filter or sign-in). */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String policy = request.getServletContext().getInitParameter(POLICY_PARAMETER);
        response.setHeader(CSP, policy == null || policy.isBlank() ? FALLBACK_POLICY : policy.strip());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
