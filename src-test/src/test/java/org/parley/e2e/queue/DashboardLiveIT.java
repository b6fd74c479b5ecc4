package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * The dashboard's live part in a browser: a caller waiting in a queue (a call in progress too) and a phone
 * registering show without a click; today's calls per hour as a chart; agents do not see it.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class DashboardLiveIT {

    @Test
    void callsWaitingCallersAndPhonesArePushed(ParleyServer server, Browser browser) {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1, "\"maxWaitSeconds\":0")) {
            browser.signIn("admin", server.adminPassword()).open("/");
            int calls = count(browser, "liveCalls");
            int waiting = count(browser, "waitingCallers");
            int phones = count(browser, "registeredPhones");
            assertEquals(Boolean.TRUE, browser.script("return Chart.getChart(document.getElementById("
                    + "'liveForm:callsPerHour').querySelector('canvas')).data.datasets[0].data.length === 24;"));
            browser.script("window.parleyNotReloaded = true;");

            SipPhone.Dialog caller = q.call();
            browser.await("the waiting caller and their call shown without a click",
                    () -> count(browser, "waitingCallers") >= waiting + 1 && count(browser, "liveCalls") >= calls + 1);

            try (SipPhone phone = SipPhone.registered(server, Extensions.create(server, "dash-phone"), "dash-phone")) {
                browser.await("the new phone shown without a click",
                        () -> count(browser, "registeredPhones") >= phones + 1);
            }

            assertEquals(200, caller.cancel().status());
            browser.await("the caller gone", () -> count(browser, "waitingCallers") == waiting);
            assertEquals(Boolean.TRUE, browser.script("return window.parleyNotReloaded === true;"));
        }
    }

    @Test
    void anAgentSeesNoLivePart(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");
        browser.signIn(agent.username(), agent.password()).open("/");
        assertTrue(browser.all(By.id("liveCalls")).isEmpty());
        assertTrue(browser.all(By.id("extensionCount")).size() == 1, "the rest of the dashboard");
    }

    /** A figure of the live part (-1 while a push's update replaces it). */
    private static int count(Browser browser, String id) {
        try {
            return Integer.parseInt(browser.find(By.id(id)).getText().strip());
        } catch (StaleElementReferenceException | NumberFormatException e) {
            return -1;
        }
    }
}
