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

    @Test
    void aUserWithoutExtensionIsToldSo(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");

        browser.signIn(agent.username(), agent.password()).open("/forwarding.xhtml");

        assertTrue(browser.find(By.id("notLinked")).getText().contains("not linked to an extension"));
    }
}
