package org.parley.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * Security headers on every kind of response (console page, REST, 401, redirect, static resource, Payara's own
 * endpoints), no server name or version, and what stays reachable without signing in.
 */
@ExtendWith(SharedParleyServer.class)
class SecurityHeadersIT {

    @Test
    void aConsolePageHasAStrictPolicyWithItsNonce(ParleyServer server) {
        RestClient.Response login = server.anonymous().get("/login.xhtml", "text/html");

        assertEquals(200, login.status());
        String csp = login.header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"), csp);
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("object-src 'none'") && csp.contains("form-action 'self'"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(csp.matches(".*script-src[^;]*'unsafe-inline'.*"), "no inline scripts but nonce'd ones: " + csp);
        assertEquals(1, login.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Content-Security-Policy"))
                .mapToInt(e -> e.getValue().size()).sum(), "one policy, not two that would both apply");
        String session = login.header("Set-Cookie").orElseThrow(() -> new AssertionError("no session: " + login));
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
        assertCommonHeaders(login);
    }

    @Test
    void everyOtherResponseHasThemToo(ParleyServer server) {
        List<RestClient.Response> responses = List.of(
                server.anonymous().get("/api/extensions"), // 401 from the authentication mechanism
                server.admin().get("/api/extensions"),
                server.anonymous().get("/"), // redirect to the login page
                server.anonymous().get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces"),
                server.anonymous().get("/resources/parley/console.css"));
        for (RestClient.Response r : responses) {
            assertTrue(r.header("Content-Security-Policy").orElseThrow().contains("default-src 'self'"), r::toString);
            assertCommonHeaders(r);
        }
        assertEquals(302, responses.get(2).status());
        assertEquals(200, responses.get(3).status(), "static resources need no sign-in");
    }

    @Test
    void payarasEndpointsStayOpenAndNameNoServer(ParleyServer server) {
        for (String path : List.of("/health/ready", "/health/live", "/openapi", "/metrics")) {
            RestClient.Response r = server.anonymous().get(path);
            assertEquals(200, r.status(), path + ": " + r);
            assertTrue(r.header("Server").isEmpty() && r.header("X-Powered-By").isEmpty(), path);
        }
    }

    private static void assertCommonHeaders(RestClient.Response r) {
        assertEquals("DENY", r.header("X-Frame-Options").orElse(null), r::toString);
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", r.header("Referrer-Policy").orElse(null));
        assertTrue(r.header("Server").isEmpty(), () -> "Server: " + r.header("Server"));
        assertTrue(r.header("X-Powered-By").isEmpty(), () -> "X-Powered-By: " + r.header("X-Powered-By"));
    }
}
