package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * The console's phone widget (JsSIP in headless Chromium with a fake microphone) and the credential the server
 * issues it: the widget registers the user's extension over the WebSocket, pops up for a call with the caller,
 * rejects (accepting waits for the WebRTC media engine), dials and hangs up while it rings; it is absent for a user without an extension; the credential is the
 * signed-in user's, and is refused over UDP.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class PhoneWidgetIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final By PHONE = By.id("phone");

    private static List<JsonObject> registrations(ParleyServer server, String extension) {
        return server.admin().get("/api/registrations?extension=" + extension).jsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static RestClient as(ParleyServer server, Users.User user) {
        return new RestClient(server.baseUrl(), user.username(), user.password());
    }

    /** Signs the user of a new extension in; returns the extension once the widget says it is registered. */
    private static String registeredWidget(ParleyServer server, Browser browser) {
        return registeredUser(server, browser).extension();
    }

    private record Signed(String extension, Users.User user) {
    }

    private static Signed registeredUser(ParleyServer server, Browser browser) {
        String ext = Extensions.create(server, "widget-own-secret");
        Users.User agent = Users.createLinked(server, ext, "agent");
        browser.signIn(agent.username(), agent.password()).open("/");
        browser.await("the widget registered", () -> "registered".equals(
                browser.find(PHONE).getAttribute("data-state")));
        return new Signed(ext, agent);
    }

    @Test
    void theWidgetRegistersTheUsersExtensionOverTheWebSocket(ParleyServer server, Browser browser) {
        String ext = registeredWidget(server, browser);

        JsonObject binding = Await.value(WAIT, "the binding of " + ext, () -> registrations(server, ext),
                list -> list.size() == 1).get(0);
        assertEquals("WS", binding.getString("transport"));
        assertTrue(browser.find(By.id("phoneStatus")).getText().contains(ext + " ready"));
    }

    @Test
    void anIncomingCallPopsUpWithTheCallerAndRejectGivesBusy(ParleyServer server, Browser browser) {
        String ext = registeredWidget(server, browser);
        String caller = Extensions.create(server, "widget-caller-1");
        try (SipPhone phone = SipPhone.registered(server, caller, "widget-caller-1")) {
            SipPhone.Dialog call = phone.call(ext);

            browser.await("the incoming call shown", () -> browser.find(By.id("phoneIncoming")).isDisplayed());
            assertTrue(browser.find(By.id("phoneCaller")).getText().contains(caller),
                    () -> browser.find(By.id("phoneCaller")).getText());
            browser.click(By.id("phoneReject"));

            assertEquals(486, call.awaitFinal(WAIT).status());
        }
    }

    @Test
    void theWidgetDialsAnExtensionAndHangsUpWhileItRings(ParleyServer server, Browser browser) {
        String ext = registeredWidget(server, browser);
        String callee = Extensions.create(server, "widget-callee-1");
        try (SipPhone phone = SipPhone.registered(server, callee, "widget-callee-1")) {
            browser.click(By.id("phoneToggle"));
            browser.type(By.id("phoneNumber"), callee);
            browser.click(By.id("phoneCall"));

            SipPhone.Dialog incoming = phone.awaitCall(WAIT);
            assertTrue(incoming.invite().header("From").orElseThrow().contains("sip:" + ext + "@"),
                    () -> incoming.invite().toString());
            incoming.ring();
            browser.await("the widget hears the ringing", () -> "ringing".equals(
                    browser.find(PHONE).getAttribute("data-state")));
            browser.click(By.id("phoneHangup"));

            SipMessageText cancel = incoming.awaitRequest("CANCEL", WAIT);
            incoming.respondTo(cancel, 200, null, null);
            incoming.respond(487);
        }
    }

    @Test
    void clickToDialRingsTheBrowserFirst(ParleyServer server, Browser browser) {
        Signed me = registeredUser(server, browser);
        String callee = Extensions.create(server, "widget-callee-2");
        try (SipPhone calleePhone = SipPhone.registered(server, callee, "widget-callee-2")) {
            RestClient.Response created = as(server, me.user()).post("/api/calls",
                    "{\"from\":\"" + me.extension() + "\",\"to\":\"" + callee + "\"}");
            assertEquals(201, created.status(), created::toString);

            browser.await("the browser rings", () -> browser.find(By.id("phoneIncoming")).isDisplayed());
            browser.click(By.id("phoneReject"));
            browser.await("the widget ready again", () -> "registered".equals(
                    browser.find(PHONE).getAttribute("data-state")));
        }
    }

    @Test
    void theWidgetIsAbsentForAUserWithoutExtension(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");

        browser.signIn(agent.username(), agent.password()).open("/");

        assertTrue(browser.all(PHONE).isEmpty());
        assertEquals(404, as(server, agent).get("/api/me/phone").status());
    }

    @Test
    void theIssuedCredentialRegistersOverTheWebSocketOnlyAndIsTheUsersOwn(ParleyServer server) {
        String ext = Extensions.create(server, "widget-own-secret-2");
        Users.User agent = Users.createLinked(server, ext, "agent");
        assertEquals(401, server.anonymous().get("/api/me/phone").status());

        RestClient.Response issued = as(server, agent).get("/api/me/phone");
        assertEquals(200, issued.status(), issued::toString);
        JsonObject phone = issued.json();
        assertEquals(ext, phone.getString("extension"));
        assertEquals(ext, phone.getString("authUser"));
        assertTrue(phone.getString("wsUri").startsWith("ws://"), phone::toString);
        assertTrue(Instant.parse(phone.getString("expiresAt")).isAfter(Instant.now()), phone::toString);
        assertTrue(issued.header("Cache-Control").orElse("").contains("no-store"), issued::toString);
        String password = phone.getString("password");
        assertFalse(password.isBlank());

        try (SipPhone overUdp = SipPhone.open(server)) {
            AssertionError refused = assertThrows(AssertionError.class, () -> overUdp.register(ext, password));
            assertTrue(refused.getMessage().contains("SIP/2.0 403"), refused::getMessage);
        }
        try (SipPhone browserStack = SipPhone.overWebSocket(server, server.baseUrl())) {
            browserStack.register(ext, password);
            JsonObject binding = Await.value(WAIT, "the binding of " + ext, () -> registrations(server, ext),
                    list -> list.size() == 1).get(0);
            assertEquals("WS", binding.getString("transport"));
        }
    }
}
