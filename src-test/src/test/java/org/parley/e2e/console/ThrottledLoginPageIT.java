package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/** The login form is throttled like the REST API: after five failures the page says how long to wait. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class ThrottledLoginPageIT {

    @Test
    void repeatedFailuresAreSoonRefusedWithAClearMessage(ParleyServer server, Browser browser) {
        Users.User user = Users.create(server, "agent");
        browser.open("/login.xhtml");
        String message = "";
        int attempts = 0;
        // from the 5th failure on each attempt must wait 1, 2, 4 … seconds: a person retyping soon comes too early
        while (!message.startsWith("Too many") && attempts < 9) {
            browser.submitLogin(user.username(), "wrong-" + attempts++);
            message = browser.find(By.id("loginForm:messages")).getText();
        }

        assertTrue(message.matches("Too many failed sign-ins: wait \\d+ seconds? before trying again\\."), message);
        assertTrue(attempts >= 6, "not before five failures: " + attempts);
        assertTrue(browser.path().startsWith("/login.xhtml"));
        assertTrue(server.logText().contains("Sign-in refused for user " + user.username() + " from"));
    }
}
