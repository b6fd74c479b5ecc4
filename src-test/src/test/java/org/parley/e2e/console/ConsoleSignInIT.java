package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/** Signing in to the console and out again, in a real browser. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class ConsoleSignInIT {

    @Test
    void anAdministratorSignsInLandsOnTheAskedPageAndSignsOut(ParleyServer server, Browser browser) {
        browser.open("/extensions.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), "a console page needs a sign-in: " + browser.path());
        String before = browser.sessionId().orElseThrow();

        browser.submitLogin("admin", server.adminPassword());

        assertEquals("/extensions.xhtml", browser.path(), "back to the page asked for");
        assertEquals("admin", browser.find(By.id("currentUser")).getText());
        String after = browser.sessionId().orElseThrow();
        assertNotEquals(before, after, "a new session id at sign-in (session fixation)");

        browser.signOut();
        assertTrue(browser.awaitText(By.id("notice"), "signed out").contains("You have signed out"));
        browser.open("/");
        assertTrue(browser.path().startsWith("/login.xhtml"), "signed out: the dashboard needs a sign-in again");
        assertFalse(browser.pageSource().contains("id=\"currentUser\""));
    }

    @Test
    void theDashboardIsTheHomePage(ParleyServer server, Browser browser) {
        int devicesBefore = server.admin().get("/api/registrations").jsonArray().size();
        browser.signIn("admin", server.adminPassword());
        int devicesAfter = server.admin().get("/api/registrations").jsonArray().size();

        assertEquals("/", browser.path());
        assertEquals("Dashboard", browser.find(By.cssSelector("h1.page-title")).getText());
        assertEquals(server.admin().get("/api/users?size=1").json().getInt("total"),
                Integer.parseInt(browser.find(By.id("userCount")).getText()));
        assertEquals(server.admin().get("/api/extensions?size=1").json().getInt("total"),
                Integer.parseInt(browser.find(By.id("extensionCount")).getText()));
        // earlier tests' phones may still be lapsing or leaving: the count shown is one taken while the page was made
        int devices = Integer.parseInt(browser.find(By.id("deviceCount")).getText());
        assertTrue(devices >= Math.min(devicesBefore, devicesAfter) && devices <= Math.max(devicesBefore, devicesAfter),
                devices + " devices shown, " + devicesBefore + " before and " + devicesAfter + " after");
        assertEquals("Ready", browser.find(By.id("serverHealth")).getText());
        // what one needs to set up a phone, not a bound socket such as 0:0:0:0:0:0:0:0:5060
        assertEquals(server.domain(), browser.find(By.id("sipDomain")).getText());
        assertEquals(server.sipHost(), browser.find(By.id("sipAddress")).getText());
        assertEquals("UDP " + server.sipPort() + ", TCP " + server.sipPort() + ", WS " + server.wsPort(),
                browser.find(By.id("sipTransports")).getText());
        assertEquals("sip:" + server.sipHost() + ":" + server.sipPort(), browser.find(By.id("sipUri")).getText());
        assertTrue(browser.find(By.id("health")).getText().contains("database-migrations"));
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage(ParleyServer server, Browser browser) {
        Users.User user = Users.create(server, "agent");
        browser.open("/login.xhtml");

        browser.submitLogin(user.username(), "not-the-password");

        assertTrue(browser.path().startsWith("/login.xhtml"));
        assertEquals("Wrong user name or password.", browser.find(By.id("loginForm:messages")).getText());
        browser.open("/");
        assertTrue(browser.path().startsWith("/login.xhtml"), "still not signed in");
    }

    @Test
    void aSessionThatEndedSendsTheNextClickToTheLoginPage(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword());
        browser.open("/extensions.xhtml");
        browser.dropCookies(); // as when the session times out on the server

        browser.find(By.id("extensionsForm:newExtension")).click();

        browser.await("the login page", () -> browser.path().startsWith("/login.xhtml"));
        assertTrue(browser.awaitText(By.id("notice"), "expired").contains("Your session expired"));
    }

    @Test
    void aLoginFormWhoseViewExpiredSaysSoInsteadOfFailing(ParleyServer server, Browser browser) {
        browser.open("/login.xhtml");
        browser.dropCookies(); // the server no longer has the form's view

        browser.submitLogin("admin", server.adminPassword());

        assertTrue(browser.path().startsWith("/login.xhtml?expired"), browser.path());
        assertTrue(browser.find(By.id("notice")).getText().contains("Your session expired"));
        browser.submitLogin("admin", server.adminPassword());
        assertEquals("/", browser.path(), "signing in again works");
    }
}
