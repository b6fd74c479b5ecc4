package org.parley.e2e.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Crm;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * The call tracing pages in a browser: Contacts (create, search, CSV import with a report of the bad row), a case's
 * page with the call form (direction swap) and its timeline, and on the agent desk the screen pop while the extension
 * rings (and its Reject) and the Next calls. Screenshots at 1366×768 go to {@code target/screenshots/tracing/}.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class TracingPagesIT {

    private static final Path SHOTS = Path.of("target", "screenshots", "tracing");

    private static void shot(Browser browser, String name) {
        browser.screenshot(SHOTS.resolve(name + ".png"));
    }

    @Test
    void contactsAreCreatedSearchedAndImported(ParleyServer server, Browser browser) throws IOException {
        String name = Crm.freshName("Lucie Bernard");
        String mobile = Crm.freshMobile();
        browser.resize(1366, 768);
        browser.signIn("admin", server.adminPassword()).open("/contacts.xhtml");

        browser.click(By.id("contactsForm:newContact"));
        browser.awaitDialog("contactDialog", true);
        browser.type(By.id("contactForm:name"), name);
        browser.type(By.id("contactForm:phones"), "not a number");
        browser.click(By.id("contactForm:save"));
        browser.awaitText(By.id("contactForm"), "is not a phone number");
        browser.type(By.id("contactForm:phones"), mobile.substring(0, 2) + " " + mobile.substring(2));
        browser.click(By.id("contactForm:save"));
        browser.awaitGrowl("Contact " + name + " saved.");

        // part of the number as people write it: "00 92 60 07" finds 06 00 92 60 07
        browser.type(By.id("contactsForm:search"), String.join(" ", mobile.substring(2, 4), mobile.substring(4, 6),
                mobile.substring(6, 8), mobile.substring(8)));
        browser.await("only the contact with that number listed",
                () -> browser.all(By.cssSelector("#contactsForm\\:contacts .contact-name")).size() == 1);
        browser.awaitText(By.id("contactsForm:contacts"), name);
        assertTrue(browser.find(By.id("contactsForm:contacts")).getText().contains(Crm.e164(mobile)),
                "the number in E.164");
        shot(browser, "contacts");

        String tag = Crm.freshName("Row").replace(' ', '-');
        Path csv = Files.createTempFile("contacts", ".csv");
        Files.writeString(csv, "name,phones\n" + tag + " good," + Crm.freshMobile() + "\n" + tag + " bad,12\n");
        browser.find(By.cssSelector("#importForm input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.clickAndAwaitNewPage(By.id("importForm:import"));
        String report = browser.awaitText(By.id("importForm:report"), "line 3: phones");
        assertTrue(report.contains("Nothing was imported"), report);
        assertEquals(0, server.admin().get("/api/contacts?q=" + tag).json().getInt("total"));
        shot(browser, "contacts-import-report");
    }

    @Test
    void aCallIsTracedOnACaseWithTheForm(ParleyServer server, Browser browser) {
        JsonObject contact = Crm.contact(server, Crm.freshName("Marc Petit"), Crm.freshMobile());
        long contactId = contact.getJsonNumber("id").longValue();
        JsonObject caseFile = Crm.caseFile(server, contactId, "admin");
        browser.resize(1366, 768);
        browser.signIn("admin", server.adminPassword()).open("/case.xhtml?id=" + caseFile.getJsonNumber("id"));
        assertTrue(browser.find(By.id("caseTitle")).getText().contains(caseFile.getString("reference")));

        browser.click(By.id("caseHeader:newCall"));
        browser.awaitDialog("communicationDialog", true);
        String label = contact.getString("name") + " (#" + contactId + ")";
        browser.type(By.id("communicationForm:sender_input"), label);
        browser.type(By.id("communicationForm:subject"), "Asked for a quote");
        // outgoing: the sender (the contact) and the recipient (the user) trade places
        browser.click(By.xpath("//*[@id='communicationForm:direction']//*[text()='Outgoing']/.."));
        assertEquals(label, browser.find(By.id("communicationForm:recipient_input")).getAttribute("value"));
        assertEquals("admin (user)", browser.find(By.id("communicationForm:sender_input")).getAttribute("value"));
        browser.click(By.cssSelector("#communicationForm\\:reached .ui-chkbox-box"));
        browser.await("message left offered", () -> !browser.all(By.id("communicationForm:messageLeft")).isEmpty());
        shot(browser, "communication-form");
        browser.click(By.id("communicationForm:save"));
        browser.awaitGrowl("Call saved.");
        String timeline = browser.awaitText(By.id("timelineForm:communications"), "Asked for a quote");
        assertTrue(timeline.contains(contact.getString("name")), timeline);
        assertTrue(timeline.contains("not reached"), timeline);
        shot(browser, "case");

        browser.open("/cases.xhtml");
        browser.awaitText(By.id("casesForm:cases"), caseFile.getString("reference"));
        shot(browser, "cases");
    }

    @Test
    void theDeskShowsWhoIsCallingWhileThePhoneRingsAndTheNextCalls(ParleyServer server, Browser browser) {
        String own = Extensions.create(server, "pop-agent");
        String callerExtension = Extensions.create(server, "pop-caller");
        Users.User agent = Users.create(server, "agent");
        RestClient.Response link = server.admin().put("/api/users/" + agent.username(),
                "{\"roles\":[\"agent\"],\"extension\":\"" + own + "\"}");
        assertEquals(200, link.status(), link::toString);
        JsonObject contact = Crm.contact(server, Crm.freshName("Sophie Leroy"), callerExtension);
        long contactId = contact.getJsonNumber("id").longValue();
        JsonObject caseFile = Crm.caseFile(server, contactId, agent.username());
        Crm.created(agent.rest(server), "/api/activities", "{\"kind\":\"CALL\",\"assignee\":\"" + agent.username()
                + "\",\"due\":\"" + LocalDate.now() + "\",\"case\":" + caseFile.getJsonNumber("id") + ",\"contact\":"
                + contactId + "}");

        try (SipPhone ownPhone = SipPhone.registered(server, own, "pop-agent");
                SipPhone callerPhone = SipPhone.registered(server, callerExtension, "pop-caller")) {
            browser.resize(1366, 768);
            browser.signIn(agent.username(), agent.password()).open("/desk.xhtml");
            String nextCalls = browser.awaitText(By.id("nextCallsForm:nextCalls"), contact.getString("name"));
            assertTrue(nextCalls.contains(caseFile.getString("reference")), nextCalls);
            assertTrue(browser.all(By.id("popForm:popPanel")).isEmpty(), "no pop before a call");

            SipPhone.Dialog caller = callerPhone.call(own);
            ownPhone.awaitCall().ring();
            String pop = browser.awaitText(By.id("popForm:popPanel"), contact.getString("name"));
            assertTrue(pop.contains(caseFile.getString("reference")), pop);
            assertTrue(pop.contains(callerExtension), pop);
            // the console's phone widget is one of the extension's phones: it rings too and opens over the page's
            // lower right corner; the agent folds it away to use the desk's pop
            browser.await("the phone widget ringing", () -> browser.all(By.id("phoneIncoming")).stream()
                    .anyMatch(e -> e.isDisplayed()));
            browser.click(By.id("phoneToggle"));
            browser.await("the phone widget folded", () -> browser.all(By.id("phonePanel")).stream()
                    .noneMatch(e -> e.isDisplayed()));
            shot(browser, "desk-screen-pop");

            // Reject: busy for this user; the caller hears busy
            browser.click(By.id("popForm:reject"));
            assertEquals(486, caller.awaitFinal().status(), "busy for the caller");
            browser.await("the pop withdrawn once the call ended",
                    () -> browser.all(By.id("popForm:popPanel")).isEmpty());

            browser.click(By.cssSelector("#nextCallsForm\\:nextCalls button[id$=':remove']"));
            browser.awaitGrowl("Removed");
            assertEquals(0, agent.rest(server).get("/api/activities?assignee=me&due=today").json().getInt("total"));
        }
    }
}
