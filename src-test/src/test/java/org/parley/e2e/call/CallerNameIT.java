package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;

/**
 * Names on calls: a phone that sends no display name (as baresip and most phones out of the box) calls another
 * extension; the called phone sees the caller's name from the directory in From and in P-Asserted-Identity, and the
 * call record keeps it as {@code callerName} (JSON) and {@code caller_name} (CSV).
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class CallerNameIT {

    @Test
    void theCalledPhoneSeesTheCallersNameAndTheRecordKeepsIt(ParleyServer server, Browser browser) {
        try (TwoPhones p = TwoPhones.register(server)) {
            String name = "Test " + p.alice;
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
            SipMessageText invite = call.callee().invite();

            assertTrue(invite.header("From").orElseThrow().startsWith("\"" + name + "\" <sip:" + p.alice + "@"),
                    invite::toString);
            assertTrue(invite.header("P-Asserted-Identity").orElseThrow()
                    .startsWith("\"" + name + "\" <sip:" + p.alice + "@"), invite::toString);
            TwoPhones.hangUp(call);

            JsonObject record = CallRecords.awaitOne(server, p.bob);
            assertEquals(name, record.getString("callerName"), record::toString);
            assertEquals("Test " + p.bob, record.getString("calleeName"), record::toString);
            RestClient.Response csv = server.admin().get("/api/cdrs?extension=" + p.bob, "text/csv");
            List<String> lines = Arrays.stream(csv.body().split("\r\n")).filter(l -> !l.isEmpty()).toList();
            assertEquals(2, lines.size(), csv::body);
            assertEquals(name, lines.get(1).split(",", -1)[3], "caller_name");

            // the console shows each party as "number — name"
            browser.signIn("admin", server.adminPassword());
            browser.open("/call-history.xhtml");
            browser.type(By.id("historyForm:extension"), p.bob);
            browser.click(By.id("historyForm:apply"));
            browser.awaitAjax();
            browser.await("the call in the history", () -> String.valueOf(browser.script(
                    "return Array.from(document.querySelectorAll('.cdr-caller')).map(e => e.textContent).join('|');"))
                    .contains(p.alice));
            // as seen on the page: a column squeezed to nothing would show no text
            assertEquals(p.alice + " \u2014 " + name, browser.find(By.cssSelector(".cdr-caller")).getText());
            assertEquals(p.bob + " \u2014 Test " + p.bob, browser.find(By.cssSelector(".cdr-callee")).getText());
        }
    }
}
