package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/** The console's shell: breadcrumbs, the menu, a narrow screen, the Content-Security-Policy, the 404 page. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class ConsoleShellIT {

    @Test
    void breadcrumbsAndTheMenuShowWhereTheUserIs(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword()).open("/registrations.xhtml");

        List<String> crumbs = browser.all(By.cssSelector("#breadcrumbs li")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
        assertEquals(List.of("Dashboard", "Registrations"), crumbs);
        assertEquals("Registrations", browser.find(By.cssSelector("#menu .menu-item.current")).getText());
        assertTrue(browser.title().startsWith("Registrations"));

        browser.find(By.cssSelector("#breadcrumbs a")).click();
        browser.await("the dashboard", () -> browser.path().equals("/"));
    }

    @Test
    void onANarrowScreenTheMenuMovesAboveThePage(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword()).open("/extensions.xhtml");
        WebElement menu = browser.find(By.id("menu"));
        WebElement content = browser.find(By.cssSelector("main.content"));
        assertTrue(menu.getRect().getX() + menu.getRect().getWidth() <= content.getRect().getX(),
                "wide: the menu beside the page");

        browser.resize(390, 844);

        // fractional layout: WebElement.getRect() rounds, so the exact bounding boxes are compared
        browser.await("the menu above the page", () -> (Boolean) browser.script(
                "return document.getElementById('menu').getBoundingClientRect().bottom"
                        + " <= document.querySelector('main.content').getBoundingClientRect().top + 0.5;"));
        assertTrue(browser.find(By.cssSelector("#menu a[data-menu='Users']")).isDisplayed());
        assertTrue(browser.find(By.id("extensionsForm:extensions")).isDisplayed());
        long overflow = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, "nothing wider than the screen: " + overflow + " px too wide");
    }

    @Test
    void noPageOrDialogBreaksTheContentSecurityPolicy(ParleyServer server, Browser browser) {
        browser.open("/login.xhtml");
        browser.signIn("admin", server.adminPassword());
        for (String page : List.of("/", "/extensions.xhtml", "/registrations.xhtml", "/users.xhtml",
                "/tokens.xhtml")) {
            browser.open(page);
            browser.awaitAjax();
        }
        browser.open("/extensions.xhtml");
        browser.click(By.id("extensionsForm:newExtension"));
        browser.awaitDialog("extensionDialog", true);
        browser.click(By.id("extensionForm:tabs:generate"));
        browser.click(By.id("extensionForm:save"));
        browser.awaitText(By.id("extensionForm:tabs:numberMessage"), "required");

        List<String> violations = browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
        assertEquals(List.of(), violations);
        assertTrue(browser.script("return typeof PrimeFaces.csp.NONCE_VALUE").equals("string"),
                "PrimeFaces runs in its CSP mode");
    }

    @Test
    void anUnknownPageGetsTheFriendly404(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword()).open("/no-such-page.xhtml");

        assertEquals("Page not found", browser.find(By.id("errorTitle")).getText());
        assertFalse(browser.pageSource().contains("Exception"));
        browser.find(By.id("home")).click();
        browser.await("the dashboard", () -> browser.path().equals("/"));
    }
}
