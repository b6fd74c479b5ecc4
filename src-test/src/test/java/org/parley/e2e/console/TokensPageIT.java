package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** The API tokens page: a user creates a token, sees its secret once, uses it over REST and revokes it. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class TokensPageIT {

    @Test
    void anAgentCreatesUsesAndRevokesAToken(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");
        browser.signIn(agent.username(), agent.password()).open("/tokens.xhtml");

        browser.click(By.id("tokensForm:newToken"));
        browser.awaitDialog("tokenDialog", true);
        browser.click(By.id("tokenForm:create"));
        assertEquals("is required", browser.awaitText(By.id("tokenForm:nameMessage"), "required"));
        browser.type(By.id("tokenForm:name"), "Wallboard script");
        browser.click(By.id("tokenForm:create"));
        browser.awaitDialog("secretDialog", true);
        String secret = browser.find(By.id("secretForm:secret")).getAttribute("value");
        assertTrue(secret.startsWith("parley_"), secret);

        RestClient bearer = new RestClient(server.baseUrl(), null, null).withAuthorization("Bearer " + secret);
        RestClient.Response me = bearer.get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(agent.username(), me.json().getString("username"));

        browser.click(By.id("secretForm:done"));
        browser.awaitDialog("secretDialog", false);
        browser.open("/tokens.xhtml");
        assertFalse(browser.pageSource().contains(secret), "the secret is shown once only");
        String row = browser.find(By.cssSelector("#tokensForm\\:tokens_data tr")).getText();
        assertTrue(row.contains("Wallboard script") && row.contains(secret.substring(0, 13)) && row.contains("active"),
                row);

        browser.click(By.id("tokensForm:tokens:0:revoke"));
        browser.confirm();
        browser.awaitGrowl("API token Wallboard script revoked");
        assertEquals("revoked", browser.find(By.cssSelector("#tokensForm\\:tokens_data .token-status")).getText());
        assertEquals(401, bearer.get("/api/me").status());
    }
}
