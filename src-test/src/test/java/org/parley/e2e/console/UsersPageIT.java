package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** The users page: create a user with roles and an extension, reset the password, disable. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class UsersPageIT {

    private static final By USERNAME = By.id("userForm:username");
    private static final By EXTENSION = By.id("userForm:extension");
    private static final By SAVE = By.id("userForm:save");

    @Test
    void anAdministratorCreatesAUserResetsTheirPasswordAndDisablesThem(ParleyServer server, Browser browser) {
        String number = Extensions.create(server, "users-page-1");
        String username = Users.freshName("agent");
        browser.signIn("admin", server.adminPassword()).open("/users.xhtml");

        browser.click(By.id("usersForm:newUser"));
        browser.awaitDialog("userDialog", true);
        browser.type(USERNAME, username);
        browser.type(EXTENSION, "99999999");
        browser.click(By.id("userForm:generate"));
        browser.await("a generated password", () -> !value(browser, By.id("userForm:password")).isEmpty());
        String password = value(browser, By.id("userForm:password"));
        browser.click(SAVE);
        assertEquals("needs at least one role", browser.awaitText(By.id("userForm:rolesMessage"), "role"));
        assertEquals("no extension 99999999", browser.find(By.id("userForm:extensionMessage")).getText());

        browser.click(By.cssSelector("label[for='userForm:roles:2']")); // agent
        browser.type(EXTENSION, number);
        browser.click(SAVE);
        browser.awaitGrowl("User " + username + " created");
        JsonObject created = server.admin().get("/api/users/" + username).json();
        assertEquals(List.of("agent"), created.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals(number, created.getString("extension"));
        assertEquals(200, rest(server, username, password).get("/api/me").status(), "the new user signs in");

        filter(browser, username);
        browser.click(By.id("usersForm:users:0:resetPassword"));
        browser.awaitDialog("passwordDialog", true);
        browser.type(By.id("passwordForm:newPassword"), "short");
        browser.click(By.id("passwordForm:save"));
        assertEquals("must be 10 to 128 characters",
                browser.awaitText(By.id("passwordForm:newPasswordMessage"), "characters"));
        browser.type(By.id("passwordForm:newPassword"), "a-brand-new-password");
        browser.click(By.id("passwordForm:save"));
        browser.awaitGrowl("Password of " + username + " reset");
        assertEquals(200, rest(server, username, "a-brand-new-password").get("/api/me").status());
        assertEquals(401, rest(server, username, password).get("/api/me").status(), "the old one no longer works");

        browser.click(By.id("usersForm:users:0:edit"));
        browser.awaitDialog("userDialog", true);
        assertFalse(browser.find(USERNAME).isEnabled(), "a user name cannot change");
        browser.click(By.cssSelector("#userForm\\:enabled .ui-chkbox-box"));
        browser.click(SAVE);
        browser.awaitGrowl("User " + username + " saved");
        browser.await("shown as disabled", () -> browser.find(By.cssSelector(
                "#usersForm\\:users_data .user-status")).getText().equals("disabled"));
        assertEquals(401, rest(server, username, "a-brand-new-password").get("/api/me").status());
    }

    @Test
    void theBuiltInAdministratorKeepsTheAdminRole(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword()).open("/users.xhtml");
        filter(browser, "admin");
        int row = rowOf(browser, "admin");

        browser.click(By.id("usersForm:users:" + row + ":edit"));
        browser.awaitDialog("userDialog", true);
        browser.click(By.cssSelector("label[for='userForm:roles:0']")); // untick admin
        browser.click(By.cssSelector("label[for='userForm:roles:2']")); // tick agent
        browser.click(SAVE);

        assertTrue(browser.awaitText(By.id("userForm:rolesMessage"), "admin").contains("keeps the admin role"));
        assertTrue(server.admin().get("/api/users/admin").body().contains("\"admin\""));
    }

    private static void filter(Browser browser, String username) {
        browser.type(By.cssSelector("#usersForm\\:users .ui-column-filter"), username);
        browser.await("only " + username, () -> {
            var names = browser.all(By.cssSelector("#usersForm\\:users_data .user-username"));
            return !names.isEmpty() && names.stream().allMatch(e -> e.getText().contains(username));
        });
        browser.awaitAjax();
    }

    private static int rowOf(Browser browser, String username) {
        var names = browser.all(By.cssSelector("#usersForm\\:users_data .user-username"));
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getText().equals(username)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + username);
    }

    private static String value(Browser browser, By input) {
        String v = browser.find(input).getAttribute("value");
        return v == null ? "" : v;
    }

    private static RestClient rest(ParleyServer server, String user, String password) {
        return new RestClient(server.baseUrl(), user, password);
    }
}
