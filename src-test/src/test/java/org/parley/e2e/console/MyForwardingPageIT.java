package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** Self-service in the console: an agent changes the forwarding of the extension linked to them. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class MyForwardingPageIT {

    private static final By TARGET = By.id("forwardingForm:busyTarget");

    @Test
    void anAgentForwardsTheirOwnExtension(ParleyServer server, Browser browser) {
        String own = Extensions.create(server, "my-forwarding-1");
        String colleague = Extensions.create(server, "my-forwarding-2");
        Users.User agent = Users.create(server, "agent");
        RestClient.Response link = server.admin().put("/api/users/" + agent.username(),
                "{\"roles\":[\"agent\"],\"extension\":\"" + own + "\"}");
        assertEquals(200, link.status(), link::toString);

        browser.signIn(agent.username(), agent.password()).open("/forwarding.xhtml");
        assertEquals("Forwarding of extension " + own, browser.find(By.id("forwardingTitle")).getText());
        browser.click(By.cssSelector("#forwardingForm\\:busyEnabled .ui-chkbox-box"));
        browser.type(TARGET, own);
        browser.click(By.id("forwardingForm:save"));
        assertTrue(browser.awaitText(By.id("forwardingForm:busyTargetMessage"), "itself").contains("itself"),
                "the REST API's refusal next to the field");

        browser.type(TARGET, colleague);
        browser.click(By.id("forwardingForm:save"));
        browser.awaitGrowl("Forwarding of extension " + own + " saved");
        JsonObject busy = server.admin().get(Forwardings.path(own)).json().getJsonObject("busy");
        assertTrue(busy.getBoolean("enabled"), busy::toString);
        assertEquals(colleague, busy.getString("target"));
    }

    /**
     * "Press 1 to accept": the box of each rule and the one of the extra devices show what is stored (set over REST)
     * and save what is ticked, and the page shows it again after a reload.
     */
    @Test
    void thePressOneBoxesRoundTrip(ParleyServer server, Browser browser) {
        String own = Extensions.create(server, "my-forwarding-3");
        String colleague = Extensions.create(server, "my-forwarding-4");
        Users.User agent = Users.create(server, "agent");
        assertEquals(200, server.admin().put("/api/users/" + agent.username(),
                "{\"roles\":[\"agent\"],\"extension\":\"" + own + "\"}").status());
        Forwardings.set(server, own, "{\"noAnswer\":{\"enabled\":true,\"target\":\"" + colleague
                + "\",\"callerId\":\"ORIGINAL\",\"confirmByKey\":true},"
                + "\"extraDevices\":[{\"number\":\"+33612345678\",\"confirmByKey\":false}]}");

        browser.signIn(agent.username(), agent.password()).open("/forwarding.xhtml");
        assertTrue(ticked(browser, "noAnswerConfirm"), "the stored no-answer rule asks for the key");
        assertTrue(!ticked(browser, "unconditionalConfirm") && !ticked(browser, "extraDevicesConfirm"));
        browser.click(By.cssSelector("#forwardingForm\\:busyEnabled .ui-chkbox-box"));
        browser.type(TARGET, colleague);
        browser.click(By.cssSelector("#forwardingForm\\:busyConfirm .ui-chkbox-box"));
        browser.click(By.cssSelector("#forwardingForm\\:extraDevicesConfirm .ui-chkbox-box"));
        browser.click(By.id("forwardingForm:save"));
        browser.awaitGrowl("Forwarding of extension " + own + " saved");

        JsonObject stored = server.admin().get(Forwardings.path(own)).json();
        assertTrue(stored.getJsonObject("busy").getBoolean("confirmByKey"), stored::toString);
        assertTrue(stored.getJsonObject("noAnswer").getBoolean("confirmByKey"), "kept: " + stored);
        assertTrue(!stored.getJsonObject("unconditional").getBoolean("confirmByKey"), stored::toString);
        assertTrue(stored.getJsonArray("extraDevices").getJsonObject(0).getBoolean("confirmByKey"), stored::toString);

        browser.open("/forwarding.xhtml");
        assertTrue(ticked(browser, "busyConfirm") && ticked(browser, "noAnswerConfirm")
                && ticked(browser, "extraDevicesConfirm"), "shown again after a reload");
    }

    private static boolean ticked(Browser browser, String box) {
        return browser.find(By.id("forwardingForm:" + box + "_input")).isSelected();
    }

    @Test
    void aUserWithoutExtensionIsToldSo(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");

        browser.signIn(agent.username(), agent.password()).open("/forwarding.xhtml");

        assertTrue(browser.find(By.id("notLinked")).getText().contains("not linked to an extension"));
    }
}
