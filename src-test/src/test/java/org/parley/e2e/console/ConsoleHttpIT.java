package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * The console over plain HTTP, for what a browser does not show: a forged form post (CSRF) does nothing, a failing
 * request answers 500 with the friendly page and no internals, the 403 status, the session id at sign-in.
 */
@ExtendWith(SharedParleyServer.class)
class ConsoleHttpIT {

    @Test
    void aFormPostedWithoutThePagesViewStateDoesNothing(ParleyServer server) {
        ConsoleHttp http = new ConsoleHttp(server).signIn("admin", server.adminPassword());
        String page = http.get("/").body();

        HttpResponse<String> forged = http.post("/index.xhtml", signOutForm("4711:4711"), Map.of());

        assertEquals(302, forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?expired=true"));
        assertEquals(200, http.get("/").statusCode(), "still signed in: the forged sign-out did nothing");

        Map<String, String> form = signOutForm(ConsoleHttp.viewState(page));
        form.put("primefaces.nonce", ConsoleHttp.nonce(page)); // as the page's script adds it
        HttpResponse<String> genuine = http.post("/index.xhtml", form, Map.of());
        assertTrue(genuine.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?signedOut=true"),
                "the same form with the page's own view state works");
        assertEquals(302, http.get("/").statusCode(), "signed out");
    }

    @Test
    void aFailingRequestAnswers500WithTheFriendlyPageAndNoStackTrace(ParleyServer server) {
        // a post the page's own script would never send: its CSP nonce is wrong, so PrimeFaces fails the request
        ConsoleHttp http = new ConsoleHttp(server).signIn("admin", server.adminPassword());
        String page = http.get("/extensions.xhtml").body();
        Map<String, String> tampered = new LinkedHashMap<>();
        tampered.put("extensionsForm", "extensionsForm");
        tampered.put("jakarta.faces.ViewState", ConsoleHttp.viewState(page));
        tampered.put("primefaces.nonce", "not-the-pages-nonce");

        HttpResponse<String> full = http.post("/extensions.xhtml", tampered, Map.of());

        assertEquals(500, full.statusCode());
        assertTrue(full.body().contains("Something went wrong"), full.body());
        assertFalse(full.body().contains("Exception") || full.body().contains("at org."), full.body());

    }

    @Test
    void aConsoleFormPostedWithoutItsViewStateGoesToTheLoginPage(ParleyServer server) {
        ConsoleHttp http = new ConsoleHttp(server).signIn("admin", server.adminPassword());
        http.get("/extensions.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("extensionsForm", "extensionsForm");

        HttpResponse<String> forged = http.post("/extensions.xhtml", form, Map.of());

        assertEquals(302, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?expired=true"));
        assertFalse(forged.body().contains("Exception"));
    }

    @Test
    void signingInGivesANewSessionId(ParleyServer server) {
        ConsoleHttp http = new ConsoleHttp(server);
        http.get("/login.xhtml");
        String before = http.sessionId().orElseThrow();

        http.signIn("admin", server.adminPassword());

        assertFalse(before.equals(http.sessionId().orElseThrow()), "session fixation: the id changes");
    }

    @Test
    void anUnknownPageAnswers404AndAProtectedOneRedirectsToTheLoginPage(ParleyServer server) {
        ConsoleHttp anonymous = new ConsoleHttp(server);
        HttpResponse<String> users = anonymous.get("/users.xhtml");
        assertEquals(302, users.statusCode());
        assertTrue(users.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));

        ConsoleHttp admin = new ConsoleHttp(server).signIn("admin", server.adminPassword());
        HttpResponse<String> missing = admin.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
    }

    private static Map<String, String> signOutForm(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logoutForm", "logoutForm");
        form.put("logoutForm:signOut", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }
}
