package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/** Who may open which console page: the menu offers only those, and the others answer a friendly 403. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class AccessControlIT {

    @Test
    void anAgentIsRefusedTheAdministrationPages(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");
        browser.signIn(agent.username(), agent.password());

        assertEquals(List.of("Dashboard", "Contacts", "Companies", "Cases", "To file", "My queues", "My forwarding", "My voicemail",
                "API tokens"), menu(browser));
        for (String page : List.of("/users.xhtml", "/extensions.xhtml", "/registrations.xhtml",
                "/wallboard.xhtml", "/agent-report.xhtml")) {
            browser.open(page);
            assertEquals("Not allowed", browser.find(By.id("errorTitle")).getText(), page);
            assertTrue(browser.find(By.id("errorText")).getText().contains("signed in as " + agent.username()));
            assertFalse(browser.pageSource().contains("Exception"), "no internals on an error page");
        }
        ConsoleHttp http = new ConsoleHttp(server).signIn(agent.username(), agent.password());
        assertEquals(403, http.get("/users.xhtml").statusCode());
        assertEquals(403, http.get("/extensions.xhtml").statusCode());
        assertEquals(403, http.get("/wallboard.xhtml").statusCode());
        assertEquals(200, http.get("/tokens.xhtml").statusCode());
    }

    @Test
    void aSupervisorReadsExtensionsButOnlyAnAdministratorChangesThem(ParleyServer server, Browser browser) {
        Users.User supervisor = Users.create(server, "supervisor");
        browser.signIn(supervisor.username(), supervisor.password());

        assertEquals(List.of("Dashboard", "Extensions", "Registrations", "Calls", "Call history",
                "Queues", "Wallboard", "Agent report", "Contacts", "Companies", "Cases", "To file", "Sounds", "My queues", "My forwarding", "My voicemail",
                "API tokens"),
                menu(browser));
        browser.open("/extensions.xhtml");
        browser.find(By.id("extensionsForm:extensions"));
        assertTrue(browser.all(By.id("extensionsForm:newExtension")).isEmpty(), "no New button");
        assertTrue(browser.all(By.cssSelector("button[id$=':delete']")).isEmpty(), "no Delete buttons");
        browser.open("/users.xhtml");
        assertEquals("Not allowed", browser.find(By.id("errorTitle")).getText());
        browser.open("/wallboard.xhtml");
        assertTrue(browser.all(By.cssSelector("section[data-queue='total']")).size() == 1, "the wallboard");
    }

    @Test
    void anAdministratorSeesEveryPage(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword());

        assertEquals(List.of("Dashboard", "Extensions", "Registrations", "Calls", "Call history",
                "Queues", "Wallboard", "Agent report", "Contacts", "Companies", "Cases", "To file", "Sounds", "Users", "My queues", "My forwarding", "My voicemail",
                "API tokens"), menu(browser));
    }

    @Test
    void aDisabledUserLosesTheSessionAndCannotSignInAgain(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");
        browser.signIn(agent.username(), agent.password());

        assertEquals(200, server.admin().put("/api/users/" + agent.username(),
                "{\"roles\":[\"agent\"],\"enabled\":false}").status());
        browser.open("/tokens.xhtml");

        assertTrue(browser.path().startsWith("/login.xhtml"), "the session ended: " + browser.path());
        browser.submitLogin(agent.username(), agent.password());
        assertEquals("Wrong user name or password.", browser.find(By.id("loginForm:messages")).getText());
    }

    private static List<String> menu(Browser browser) {
        browser.open("/");
        return browser.all(By.cssSelector("#menu .menu-item")).stream().map(WebElement::getText).toList();
    }
}
