package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * "My voicemail" in the browser: the user of an extension sees the message a real phone left, plays it (the browser
 * decodes the WAV, of the message's length), marks it heard and deletes it; the REST API sees each change.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class VoicemailPageIT {

    @Test
    void aUserPlaysMarksAndDeletesTheirMessage(ParleyServer server, Browser browser) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        try (Baresip phone = Baresip.start("vm-page")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.leaveMessage(server, phone, bob, 3);
        }
        String messages = "/api/mailboxes/" + bob + "/messages";
        Await.until(Voicemails.CALL, "the message stored", () -> server.admin().get(messages).jsonArray().size() == 1);
        JsonObject message = server.admin().get(messages).jsonArray().getJsonObject(0);
        Users.User user = Users.create(server, "agent");
        RestClient.Response link = server.admin().put("/api/users/" + user.username(),
                "{\"roles\":[\"agent\"],\"extension\":\"" + bob + "\"}");
        assertEquals(200, link.status(), link::toString);

        browser.signIn(user.username(), user.password()).open("/voicemail.xhtml");
        assertTrue(browser.find(By.cssSelector(".message-caller")).getText().startsWith(alice));
        assertEquals("new", browser.find(By.cssSelector(".message-state")).getText());
        String player = "document.querySelector('audio[data-message=\"" + message.getString("id") + "\"]')";
        browser.script(player + ".load()");
        int seconds = message.getInt("durationSeconds");
        browser.await("the player loads the message", () -> Boolean.TRUE.equals(browser.script(
                "const a = " + player + "; return a.readyState >= 1 && Math.abs(a.duration - " + seconds
                        + ") <= 1;")));
        assertEquals(null, browser.script("return " + player + ".error"), "the browser decodes the WAV");

        browser.click(By.cssSelector("button[id$=':heard']"));
        browser.awaitText(By.cssSelector(".message-state"), "heard");
        assertTrue(server.admin().get(messages).jsonArray().getJsonObject(0).getBoolean("heard"));

        browser.click(By.cssSelector("button[id$=':delete']"));
        browser.confirm();
        browser.awaitGrowl("deleted");
        assertEquals(0, server.admin().get(messages).jsonArray().size());
    }

    @Test
    void aUserWithoutExtensionHasNoBox(ParleyServer server, Browser browser) {
        Users.User user = Users.create(server, "agent");

        browser.signIn(user.username(), user.password()).open("/voicemail.xhtml");

        assertTrue(browser.find(By.id("noBox")).getText().contains("No mailbox"));
    }
}
