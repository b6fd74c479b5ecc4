package org.parley.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the application may and may not do to the security headers of a response. */
class SecurityHeadersResponseTest {

    private final List<String> calls = new ArrayList<>();
    private final HttpServletResponse recorded = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                calls.add(method.getName() + " " + args[0] + ": " + args[1]);
                return null;
            });
    private final SecurityHeadersResponse response = new SecurityHeadersResponse(recorded);

    @Test
    void aSecondPolicyReplacesTheFirstInsteadOfAddingToIt() {
        response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';");

        assertEquals(List.of("setHeader Content-Security-Policy: script-src 'self' 'nonce-abc';"), calls);
    }

    @Test
    void serverAndPoweredByNeverLeave() {
        response.setHeader("Server", "Payara");
        response.addHeader("X-Powered-By", "JSF/4.0");
        response.addHeader("x-powered-by", "Servlet/6.0");

        assertEquals(List.of(), calls);
    }

    @Test
    void otherHeadersPass() {
        response.addHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Language", "en");

        assertEquals(List.of("addHeader Cache-Control: no-cache", "setHeader Content-Language: en"), calls);
    }
}
