package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;

/** The extensions page in a real browser: the table, the create/edit dialog with the REST API's rules, delete. */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class ExtensionsPageIT {

    private static final By NUMBER = By.id("extensionForm:tabs:number");
    private static final By DISPLAY_NAME = By.id("extensionForm:tabs:displayName");
    private static final By SIP_PASSWORD = By.id("extensionForm:tabs:sipPassword");
    private static final By SAVE = By.id("extensionForm:save");
    private static final By UNCONDITIONAL_TARGET = By.id("extensionForm:tabs:unconditionalTarget");
    private static final By NUMBER_FILTER = By.id("extensionsForm:extensions:numberColumn:filter");

    @Test
    void anAdministratorCreatesEditsAndDeletesAnExtension(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword()).open("/extensions.xhtml");
        browser.click(By.id("extensionsForm:newExtension"));
        browser.awaitDialog("extensionDialog", true);

        browser.type(NUMBER, "12ab");
        browser.type(DISPLAY_NAME, "Console Test");
        browser.click(By.id("extensionForm:tabs:generate"));
        browser.await("a generated password", () -> !value(browser, SIP_PASSWORD).isEmpty());
        String password = value(browser, SIP_PASSWORD);
        assertEquals(20, password.length());
        browser.click(SAVE);

        String shown = browser.awaitText(By.id("extensionForm:tabs:numberMessage"), "digits");
        assertEquals(restMessageFor(server, "12ab", "number"), shown, "the same words as the REST API");
        assertEquals("must be 2 to 10 digits", shown);
        assertTrue(browser.find(By.id("extensionDialog")).isDisplayed(), "the dialog stays open");

        String number = Extensions.freshNumber();
        browser.type(NUMBER, number);
        browser.click(SAVE);
        browser.awaitGrowl("Extension " + number + " created");
        browser.awaitDialog("extensionDialog", false);
        JsonObject created = server.admin().get("/api/extensions/" + number).json();
        assertEquals("Console Test", created.getString("displayName"));
        assertEquals(200, register(server, number, password), "the generated password is the extension's");

        filterByNumber(browser, number);
        browser.click(By.id("extensionsForm:extensions:0:edit"));
        browser.awaitDialog("extensionDialog", true);
        assertFalse(browser.find(NUMBER).isEnabled(), "the number of an extension cannot change");
        assertEquals("", value(browser, SIP_PASSWORD), "the password is never shown again");
        browser.type(DISPLAY_NAME, "Console Test Renamed");
        browser.click(SAVE);
        browser.awaitGrowl("Extension " + number + " saved");
        assertEquals("Console Test Renamed",
                server.admin().get("/api/extensions/" + number).json().getString("displayName"));
        assertEquals(200, register(server, number, password), "an empty password field keeps the password");

        browser.click(By.id("extensionsForm:extensions:0:delete"));
        browser.confirm();
        browser.awaitGrowl("Extension " + number + " deleted");
        assertEquals(404, server.admin().get("/api/extensions/" + number).status());
    }

    /**
     * The dialog's Forwarding tab: a rule switched on with its target and caller ID, and an extra device, stored as
     * the REST API stores them; an international target is refused next to its field and nothing is saved.
     */
    @Test
    void theForwardingTabSetsTheRulesAndExtraDevices(ParleyServer server, Browser browser) {
        String number = Extensions.create(server, "forwarding-tab-1");
        String colleague = Extensions.create(server, "forwarding-tab-2");
        browser.signIn("admin", server.adminPassword()).open("/extensions.xhtml");
        filterByNumber(browser, number);
        browser.click(By.id("extensionsForm:extensions:0:edit"));
        browser.awaitDialog("extensionDialog", true);

        browser.click(By.linkText("Forwarding"));
        browser.visible(UNCONDITIONAL_TARGET);
        browser.click(By.cssSelector("#extensionForm\\:tabs\\:unconditionalEnabled .ui-chkbox-box"));
        browser.type(UNCONDITIONAL_TARGET, "+44 20 7946 0958");
        browser.click(SAVE);
        assertTrue(browser.awaitText(By.id("extensionForm:tabs:unconditionalTargetMessage"), "international")
                .contains("not allowed"));
        assertTrue(browser.find(By.id("extensionDialog")).isDisplayed(), "the dialog stays open");
        assertFalse(forwarding(server, number).getJsonObject("unconditional").getBoolean("enabled"),
                "nothing saved");

        browser.type(UNCONDITIONAL_TARGET, colleague);
        browser.type(By.id("extensionForm:tabs:extraDevices"), "06 12 34 56 78");
        browser.click(SAVE);
        browser.awaitGrowl("Extension " + number + " saved");
        JsonObject stored = forwarding(server, number);
        assertTrue(stored.getJsonObject("unconditional").getBoolean("enabled"), stored::toString);
        assertEquals(colleague, stored.getJsonObject("unconditional").getString("target"));
        assertEquals("+33612345678", stored.getJsonArray("extraDevices").getJsonObject(0).getString("number"));

        browser.click(By.id("extensionsForm:extensions:0:edit"));
        browser.awaitDialog("extensionDialog", true);
        browser.click(By.linkText("Forwarding"));
        assertEquals(colleague, value(browser, UNCONDITIONAL_TARGET), "the stored rule is shown");
    }

    /** *May call*: the outbound calling class, shown as stored and raised by ticking a kind. */
    @Test
    void theDialogShowsAndRaisesTheOutboundCallingClass(ParleyServer server, Browser browser) {
        String number = Extensions.create(server, "calling-class-1");
        browser.signIn("admin", server.adminPassword()).open("/extensions.xhtml");
        filterByNumber(browser, number);
        browser.click(By.id("extensionsForm:extensions:0:edit"));
        browser.awaitDialog("extensionDialog", true);

        assertTrue(browser.find(By.id("extensionForm:tabs:outboundClass:2")).isSelected(), "mobile: the default");
        assertFalse(browser.find(By.id("extensionForm:tabs:outboundClass:4")).isSelected(), "no international");
        browser.click(By.cssSelector("label[for='extensionForm:tabs:outboundClass:4']")); // International
        browser.click(SAVE);
        browser.awaitGrowl("Extension " + number + " saved");

        assertEquals(List.of("INTERNAL", "NATIONAL", "MOBILE", "INTERNATIONAL"), server.admin()
                .get("/api/extensions/" + number).json().getJsonArray("outboundClass")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    private static JsonObject forwarding(ParleyServer server, String number) {
        return server.admin().get("/api/extensions/" + number + "/forwarding").json();
    }

    @Test
    void aTakenNumberIsNamedNextToTheField(ParleyServer server, Browser browser) {
        String number = Extensions.create(server, "first-password");
        browser.signIn("admin", server.adminPassword()).open("/extensions.xhtml");
        browser.click(By.id("extensionsForm:newExtension"));
        browser.awaitDialog("extensionDialog", true);

        browser.type(NUMBER, number);
        browser.type(DISPLAY_NAME, "Again");
        browser.type(SIP_PASSWORD, "second-password");
        browser.click(SAVE);

        assertEquals("Extension " + number + " exists already",
                browser.awaitText(By.id("extensionForm:tabs:numberMessage"), "exists"));
        assertEquals("", browser.find(By.id("extensionForm:tabs:displayNameMessage")).getText());
    }

    @Test
    void deletingAnExtensionThatIsAlreadyGoneSaysSoInTheGrowl(ParleyServer server, Browser browser) {
        String number = Extensions.create(server, "already-gone-1");
        browser.signIn("admin", server.adminPassword()).open("/extensions.xhtml");
        filterByNumber(browser, number);
        assertEquals(204, server.admin().delete("/api/extensions/" + number).status()); // meanwhile, elsewhere

        browser.click(By.id("extensionsForm:extensions:0:delete"));
        browser.confirm();

        assertTrue(browser.awaitGrowl("No extension " + number).contains("No extension " + number));
        assertTrue(browser.find(By.cssSelector("#growl_container .ui-growl-item-container")).getAttribute("class")
                .contains("ui-growl-error"), "shown as a failure");
    }

    @Test
    void theTableIsFilteredSortedAndPagedByTheServer(ParleyServer server, Browser browser) {
        String prefix = "8" + String.format("%06d", System.nanoTime() % 1_000_000);
        RestClient admin = server.admin();
        for (int i = 0; i < 12; i++) {
            String n = prefix + String.format("%02d", i);
            assertEquals(201, admin.post("/api/extensions", "{\"number\":\"" + n + "\",\"displayName\":\"Row "
                    + (char) ('A' + i) + "\",\"sipPassword\":\"password-" + n + "\"}").status());
        }
        browser.signIn("admin", server.adminPassword()).open("/extensions.xhtml");

        filterByNumber(browser, prefix);
        assertEquals("12 extensions", browser.find(By.cssSelector(".ui-paginator-current")).getText());
        assertEquals(10, numbers(browser).size(), "ten to a page");
        assertEquals(prefix + "00", numbers(browser).get(0));

        browser.click(By.cssSelector(".ui-paginator-next"));
        browser.await("the second page", () -> numbers(browser).size() == 2);
        assertEquals(List.of(prefix + "10", prefix + "11"), numbers(browser));

        By nameHeader = By.cssSelector("#extensionsForm\\:extensions\\:displayNameColumn .ui-column-title");
        browser.click(nameHeader);
        browser.await("sorted by display name", () -> names(browser).get(0).equals("Row A"));
        browser.click(nameHeader); // the second click sorts descending
        browser.await("sorted by display name, descending", () -> !numbers(browser).isEmpty()
                && names(browser).get(0).equals("Row L"));
        assertEquals(prefix + "11", numbers(browser).get(0));
    }

    private static void filterByNumber(Browser browser, String number) {
        browser.type(NUMBER_FILTER, number);
        browser.await("only numbers containing " + number, () -> {
            List<String> shown = numbers(browser);
            return !shown.isEmpty() && shown.stream().allMatch(n -> n.contains(number));
        });
        browser.awaitAjax();
    }

    private static List<String> numbers(Browser browser) {
        return browser.all(By.cssSelector("#extensionsForm\\:extensions_data .extension-number")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> names(Browser browser) {
        return browser.all(By.cssSelector("#extensionsForm\\:extensions_data .extension-name")).stream()
                .map(WebElement::getText).toList();
    }

    private static String value(Browser browser, By input) {
        String v = browser.find(input).getAttribute("value");
        return v == null ? "" : v;
    }

    /** What the REST API says about one field of an extension with this number. */
    private static String restMessageFor(ParleyServer server, String number, String field) {
        RestClient.Response r = server.admin().post("/api/extensions",
                "{\"number\":\"" + number + "\",\"displayName\":\"X\",\"sipPassword\":\"long-enough-1\"}");
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(field)).map(e -> e.getString("message"))
                .findFirst().orElseThrow();
    }

    private static int register(ParleyServer server, String number, String password) {
        try (SipClient phone = SipClient.udp(server)) {
            return phone.register(number).ownContact().expires(60).sendAuthenticated(password, "MD5").status();
        }
    }
}
