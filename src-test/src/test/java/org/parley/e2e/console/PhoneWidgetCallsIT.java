package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Crm;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * What the phone widget does beyond dialling (headless Chromium, JsSIP): its search finds a contact and calls it, it
 * lists the user's Next calls with a call button, two tabs of the console make one registration, and a call placed
 * while the phone window is open survives navigating the console tab it was placed from.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class PhoneWidgetCallsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final By PHONE = By.id("phone");

    private record Signed(String extension, Users.User user) {
    }

    private static Signed registered(ParleyServer server, Browser browser) {
        String ext = Extensions.create(server, "widget-calls-secret");
        Users.User agent = Users.createLinked(server, ext, "agent");
        browser.signIn(agent.username(), agent.password()).open("/");
        awaitState(browser, "registered");
        return new Signed(ext, agent);
    }

    private static void awaitState(Browser browser, String state) {
        browser.await("the widget " + state, () -> state.equals(browser.find(PHONE).getAttribute("data-state")));
    }

    private static List<JsonObject> registrations(ParleyServer server, String extension) {
        return server.admin().get("/api/registrations?extension=" + extension).jsonArray()
                .getValuesAs(JsonObject.class);
    }

    /** The callee rings, the widget hears it, hangs up, and the callee sees the CANCEL: the call was the widget's. */
    private static void ringThenHangUp(Browser browser, SipPhone.Dialog incoming) {
        incoming.ring();
        awaitState(browser, "ringing");
        browser.click(By.id("phoneHangup"));
        SipMessageText cancel = incoming.awaitRequest("CANCEL", WAIT);
        incoming.respondTo(cancel, 200, null, null);
        incoming.respond(487);
    }

    @Test
    void theSearchFindsAContactAndCallsIt(ParleyServer server, Browser browser) {
        Signed me = registered(server, browser);
        String callee = Extensions.create(server, "widget-search-callee");
        String name = Crm.freshName("Widget Search");
        Crm.contact(server, name, callee);
        try (SipPhone phone = SipPhone.registered(server, callee, "widget-search-callee")) {
            browser.click(By.id("phoneToggle"));
            browser.type(By.id("phoneNumber"), name);
            String results = browser.awaitText(By.id("phoneResults"), name);
            assertTrue(results.contains(callee), results);
            browser.click(By.cssSelector("#phoneResults button[data-number='" + callee + "']"));

            SipPhone.Dialog incoming = phone.awaitCall(WAIT);
            assertTrue(incoming.invite().header("From").orElseThrow().contains("sip:" + me.extension() + "@"),
                    () -> incoming.invite().toString());
            ringThenHangUp(browser, incoming);
        }
    }

    @Test
    void aSupervisorsSearchFindsExtensions(ParleyServer server, Browser browser) {
        String own = Extensions.create(server, "widget-sup-own");
        Users.User supervisor = Users.createLinked(server, own, "supervisor");
        String callee = Extensions.create(server, "widget-sup-callee");
        try (SipPhone phone = SipPhone.registered(server, callee, "widget-sup-callee")) {
            browser.signIn(supervisor.username(), supervisor.password()).open("/");
            awaitState(browser, "registered");
            browser.click(By.id("phoneToggle"));
            browser.type(By.id("phoneNumber"), callee);
            browser.awaitText(By.id("phoneResults"), "Extension");
            browser.click(By.cssSelector("#phoneResults button[data-number='" + callee + "']"));

            ringThenHangUp(browser, phone.awaitCall(WAIT));
        }
    }

    @Test
    void theNextCallsOfTheDayAreListedWithACallButton(ParleyServer server, Browser browser) {
        String own = Extensions.create(server, "widget-next-own");
        Users.User agent = Users.createLinked(server, own, "agent");
        String callee = Extensions.create(server, "widget-next-callee");
        JsonObject contact = Crm.contact(server, Crm.freshName("Widget Next"), callee);
        long contactId = contact.getJsonNumber("id").longValue();
        JsonObject caseFile = Crm.caseFile(server, contactId, agent.username());
        Crm.created(agent.rest(server), "/api/activities", "{\"kind\":\"CALL\",\"assignee\":\"" + agent.username()
                + "\",\"due\":\"" + LocalDate.now() + "\",\"case\":" + caseFile.getJsonNumber("id") + ",\"contact\":"
                + contactId + "}");
        try (SipPhone phone = SipPhone.registered(server, callee, "widget-next-callee")) {
            browser.signIn(agent.username(), agent.password()).open("/");
            awaitState(browser, "registered");
            browser.click(By.id("phoneToggle"));
            browser.awaitText(By.id("phoneNextCalls"), contact.getString("name"));
            browser.click(By.cssSelector("#phoneNextList button[data-number='" + callee + "']"));

            SipPhone.Dialog incoming = phone.awaitCall(WAIT);
            assertTrue(incoming.invite().header("From").orElseThrow().contains("sip:" + own + "@"),
                    () -> incoming.invite().toString());
            ringThenHangUp(browser, incoming);
        }
    }

    @Test
    void twoTabsOfTheConsoleMakeOneRegistration(ParleyServer server, Browser browser) {
        Signed me = registered(server, browser);
        String first = browser.window();

        browser.newTab();
        browser.open("/desk.xhtml");
        awaitState(browser, "registered");
        browser.open("/");
        awaitState(browser, "registered");
        browser.switchTo(first);
        browser.open("/desk.xhtml");
        awaitState(browser, "registered");

        List<JsonObject> bindings = Await.value(WAIT, "the bindings of " + me.extension(),
                () -> registrations(server, me.extension()), list -> !list.isEmpty());
        assertEquals(1, bindings.size(), bindings::toString);
        assertEquals("WS", bindings.get(0).getString("transport"));
    }

    @Test
    void aCallFromThePhoneWindowSurvivesNavigatingTheConsole(ParleyServer server, Browser browser) {
        Signed me = registered(server, browser);
        String console = browser.window();
        String callee = Extensions.create(server, "widget-nav-callee");
        try (SipPhone phone = SipPhone.registered(server, callee, "widget-nav-callee")) {
            browser.click(By.id("phoneToggle"));
            browser.clickAndAwaitNewWindow(By.id("phoneWindow"));
            browser.await("the phone window runs the phone", () -> "window".equals(
                    browser.find(PHONE).getAttribute("data-host-of-engine")));
            awaitState(browser, "registered");
            browser.switchTo(console);
            browser.await("the console's widget controls the phone window", () -> "window".equals(
                    browser.find(PHONE).getAttribute("data-host-of-engine")));
            awaitState(browser, "registered");

            browser.type(By.id("phoneNumber"), callee);
            browser.click(By.id("phoneCall"));
            SipPhone.Dialog incoming = phone.awaitCall(WAIT);
            incoming.ring();
            awaitState(browser, "ringing");
            String callId = incoming.callId();

            browser.open("/desk.xhtml");
            awaitState(browser, "ringing");
            String calls = server.admin().get("/api/calls").body();
            assertTrue(calls.contains(callee), calls);
            List<JsonObject> bindings = registrations(server, me.extension());
            assertEquals(1, bindings.size(), bindings::toString);

            browser.click(By.id("phoneToggle"));
            browser.click(By.id("phoneHangup"));
            SipMessageText cancel = incoming.awaitRequest("CANCEL", WAIT);
            assertTrue(cancel.header("Call-ID").orElseThrow().contains(callId), cancel::toString);
            incoming.respondTo(cancel, 200, null, null);
            incoming.respond(487);
        }
    }
}
