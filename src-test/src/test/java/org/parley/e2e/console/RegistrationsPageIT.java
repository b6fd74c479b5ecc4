package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;

/** The registrations page: live bindings of real (test) phones, refresh, and removing one. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class RegistrationsPageIT {

    private static final String PASSWORD = "registrations-page-1";

    @Test
    void liveBindingsAreListedRefreshedAndAnAdministratorRemovesOne(ParleyServer server, Browser browser) {
        String number = Extensions.create(server, PASSWORD);
        try (SipClient first = SipClient.udp(server); SipClient second = SipClient.udp(server)) {
            assertEquals(200, first.register(number).ownContact().expires(300).sendAuthenticated(PASSWORD, "MD5")
                    .status());
            browser.signIn("admin", server.adminPassword()).open("/registrations.xhtml");
            filter(browser, number);

            WebElement row = row(browser, first.contact(number)).orElseThrow();
            String text = row.getText();
            assertTrue(text.contains(number) && text.contains("UDP") && text.contains("Parley test phone")
                    && text.contains("127.0.0.1:" + first.localPort()), text);
            assertTrue(text.matches("(?s).*\\b[45] min \\d+ s.*"), "expires in about five minutes: " + text);

            assertEquals(200, second.register(number).ownContact().expires(300).sendAuthenticated(PASSWORD, "MD5")
                    .status());
            assertTrue(row(browser, second.contact(number)).isEmpty(), "not until refreshed");
            browser.click(By.id("registrationsForm:refresh"));
            filter(browser, number);
            browser.await("the second phone after a refresh", () -> row(browser, second.contact(number)).isPresent());

            row(browser, first.contact(number)).orElseThrow().findElement(By.cssSelector("button[id$=':remove']"))
                    .click();
            browser.confirm();
            browser.awaitGrowl("removed");
            browser.await("the row gone", () -> row(browser, first.contact(number)).isEmpty());
            List<String> left = server.admin().get("/api/registrations?extension=" + number).jsonArray()
                    .getValuesAs(JsonObject.class).stream().map(o -> o.getString("contact")).toList();
            assertEquals(List.of(second.contact(number)), left);
        }
    }

    @Test
    void aSupervisorSeesRegistrationsButRemovesNone(ParleyServer server, Browser browser) {
        String number = Extensions.create(server, PASSWORD);
        Users.User supervisor = Users.create(server, "supervisor");
        try (SipClient phone = SipClient.udp(server)) {
            assertEquals(200, phone.register(number).ownContact().expires(300).sendAuthenticated(PASSWORD, "MD5")
                    .status());
            browser.signIn(supervisor.username(), supervisor.password()).open("/registrations.xhtml");
            filter(browser, number);

            WebElement row = row(browser, phone.contact(number)).orElseThrow();
            assertTrue(row.findElements(By.cssSelector("button[id$=':remove']")).isEmpty());
        }
    }

    /** Shows only the bindings of one extension (the shared server has other tests' phones too). */
    private static void filter(Browser browser, String extension) {
        // the whole number at once and one filter request: typed key by key, each key's request may still redraw
        // the table after an earlier one already showed only this extension
        browser.find(By.id("registrationsForm:registrations:extensionColumn:filter"));
        browser.script("document.getElementById('registrationsForm:registrations:extensionColumn:filter').value = '"
                + extension + "'; PF('registrationsTable').filter();");
        browser.awaitAjax();
        browser.await("only extension " + extension, () -> {
            var shown = browser.all(By.cssSelector("#registrationsForm\\:registrations_data .registration-extension"));
            return !shown.isEmpty() && shown.stream().allMatch(e -> e.getText().equals(extension));
        });
        browser.awaitAjax();
    }

    private static Optional<WebElement> row(Browser browser, String contact) {
        browser.find(By.id("registrationsForm:registrations"));
        return browser.all(By.cssSelector("#registrationsForm\\:registrations_data tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(".registration-contact")).stream()
                        .anyMatch(c -> c.getText().equals(contact)))
                .findFirst();
    }
}
