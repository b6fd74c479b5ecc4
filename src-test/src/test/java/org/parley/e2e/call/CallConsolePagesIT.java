package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/** The console's Calls page (live calls, hang up) and Call history page (records with filters), in a browser. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class CallConsolePagesIT {

    @Test
    void aRingingCallIsListedAndHungUpFromTheCallsPage(ParleyServer server, Browser browser) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();
            callee.ring();
            caller.awaitResponse(180);

            browser.signIn("admin", server.adminPassword()).open("/calls.xhtml");
            browser.await("the ringing call listed", () -> rowOf(browser, p.alice).isPresent());
            String text = rowOf(browser, p.alice).orElseThrow().getText();
            assertTrue(text.contains(p.bob) && text.contains("RINGING") && text.contains("INTERNAL"), text);

            rowOf(browser, p.alice).orElseThrow().findElement(By.cssSelector("button[id$=':hangup']")).click();
            browser.confirm();
            browser.awaitGrowl("hung up");

            assertEquals("CANCEL", callee.awaitRequest("CANCEL").firstLine().split(" ")[0],
                    "the ringing phone is cancelled");
            SipMessageText refused = caller.awaitFinal();
            assertEquals(480, refused.status(), refused::toString);
            browser.await("the call gone from the page", () -> rowOf(browser, p.alice).isEmpty());
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void theCallHistoryIsFilteredByExtensionAndDisposition(ParleyServer server, Browser browser) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog busy = p.alicePhone.invite(p.bob).send();
            p.bobPhone.awaitCall().respond(486);
            assertEquals(486, busy.awaitFinal().status());
            CallRecords.awaitOne(server, p.bob);

            browser.signIn("admin", server.adminPassword()).open("/call-history.xhtml");
            browser.type(By.id("historyForm:extension"), p.bob);
            browser.click(By.id("historyForm:apply"));
            browser.await("one record of " + p.bob, () -> rows(browser).size() == 1
                    && rows(browser).get(0).getText().contains(p.alice));
            String text = rows(browser).get(0).getText();
            assertTrue(text.contains("BUSY") && text.contains("INTERNAL"), text);

            browser.script("PF('historyDisposition').selectValue('ANSWERED')");
            browser.click(By.id("historyForm:apply"));
            browser.await("no answered call of " + p.bob, () -> emptyTable(browser));

            browser.script("PF('historyDisposition').selectValue('BUSY')");
            browser.type(By.id("historyForm:number"), p.alice);
            browser.click(By.id("historyForm:apply"));
            browser.await("the busy call from " + p.alice + " again", () -> rows(browser).size() == 1
                    && rows(browser).get(0).getText().contains("BUSY"));

            browser.type(By.id("historyForm:extension"), "no-such-extension");
            browser.click(By.id("historyForm:apply"));
            browser.await("nothing for an unknown extension", () -> emptyTable(browser));
        }
    }

    private static Optional<WebElement> rowOf(Browser browser, String caller) {
        return browser.all(By.cssSelector("#callsForm\\:calls_data tr")).stream()
                .filter(r -> r.findElements(By.cssSelector(".call-caller")).stream()
                        .anyMatch(e -> e.getText().contains(caller)))
                .findFirst();
    }

    private static boolean emptyTable(Browser browser) {
        return browser.all(By.cssSelector("#historyForm\\:history_data tr.ui-datatable-empty-message")).size() == 1;
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.all(By.cssSelector("#historyForm\\:history_data tr[data-ri]"));
    }
}
