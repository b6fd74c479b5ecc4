package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * The console at the two screen sizes administrators use (1366×768 and 1920×1080) in headless Chromium: the queue
 * actions can be seen and clicked (each button inside the window and its cell, and the topmost element at its
 * centre), the queue dialog opens unscrolled, an unknown queue's report says so; and a screenshot of every page is kept
 * under {@code docs/screenshots/} so that the next change can be compared.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class ConsoleLayoutIT {

    private static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1920, 1080});

    @Test
    void theQueueActionsAreVisibleAndClickableAtBothSizes(ParleyServer server, Browser browser) {
        String agent = Extensions.create(server, "layout-agent");
        String number = Extensions.freshNumber();
        String name = "Layout " + number;
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"" + name
                + "\",\"extension\":\"" + number + "\",\"dynamicAgents\":[\"" + agent + "\"]}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        browser.signIn("admin", server.adminPassword());
        try {
            for (int[] size : SIZES) {
                browser.resize(size[0], size[1]);
                String row = openQueues(browser, name);
                for (String button : List.of("connect", "report", "edit", "delete")) {
                    assertReachable(browser, row + ":" + button, size);
                }

                browser.click(By.id(row + ":edit"));
                browser.awaitDialog("queueDialog", true);
                browser.await("the dialog's title", () -> browser.find(By.cssSelector("#queueForm .dialog-title"))
                        .getText().contains(name));
                assertEquals(0L, ((Number) browser.script("return document.querySelector("
                        + "'#queueDialog .ui-dialog-content').scrollLeft;")).longValue(), "opened unscrolled");
                Object overflow = browser.script("var c = document.querySelector('#queueDialog .ui-dialog-content');"
                        + " var right = c.getBoundingClientRect().left + c.clientWidth;"
                        + " if (c.scrollWidth <= c.clientWidth + 1) { return ''; }"
                        + " return 'scrollWidth ' + c.scrollWidth + ' > clientWidth ' + c.clientWidth + ': ' + Array.from("
                        + "c.querySelectorAll('*')).filter(e => e.getBoundingClientRect().right > right + 1)"
                        + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' right '"
                        + " + Math.round(e.getBoundingClientRect().right)).join(', ');");
                assertEquals("", overflow, "nothing of the dialog cut off sideways at " + size[0]);
                browser.click(By.id("queueForm:cancel"));
                browser.awaitDialog("queueDialog", false);

                browser.click(By.id(row + ":delete"));
                browser.await("the delete confirmation", () -> browser.find(By.cssSelector(".ui-confirm-dialog"))
                        .isDisplayed());
                assertTrue(browser.find(By.cssSelector(".ui-confirm-dialog")).getText().contains(name));
                browser.click(By.id("confirmForm:confirmNo"));

                browser.clickAndAwaitNewPage(By.id(row + ":report"));
                assertEquals("/queue-report.xhtml?queue=" + id, browser.path());
                assertTrue(browser.find(By.id("reportForm")).getText().contains(name));
            }
        } finally {
            server.admin().delete("/api/queues/" + id);
        }
    }

    @Test
    void anUnknownQueuesReportSaysSo(ParleyServer server, Browser browser) {
        browser.signIn("admin", server.adminPassword());

        browser.open("/queue-report.xhtml?queue=987654321");

        assertTrue(browser.find(By.id("noSuchQueue")).getText().contains("There is no queue 987654321"));
        assertTrue(browser.all(By.id("reportForm")).isEmpty(), "no empty report");
    }

    @Test
    void theFaviconIsServed(ParleyServer server) {
        RestClient.Response icon = server.anonymous().get("/favicon.ico");

        assertEquals(200, icon.status(), icon::toString);
    }

    @Test
    void screenshotsOfEveryPageAtBothSizes(ParleyServer server, Browser browser) throws IOException {
        Path dir = Path.of(System.getProperty("parley.buildDir", "target")).toAbsolutePath().getParent().getParent()
                .resolve("docs").resolve("screenshots");
        browser.signIn("admin", server.adminPassword());
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", "/");
        pages.put("extensions", "/extensions.xhtml");
        pages.put("registrations", "/registrations.xhtml");
        pages.put("users", "/users.xhtml");
        pages.put("tokens", "/tokens.xhtml");
        pages.put("calls", "/calls.xhtml");
        pages.put("call-history", "/call-history.xhtml");
        pages.put("queues", "/queues.xhtml");
        pages.put("wallboard", "/wallboard.xhtml");
        pages.put("wallboard-full", "/wallboard.xhtml?full=true");
        pages.put("agent-report", "/agent-report.xhtml");
        long queue = screenshotQueue(server);
        pages.put("queue-report", "/queue-report.xhtml?queue=" + queue);
        pages.put("desk", "/desk.xhtml");
        pages.put("forwarding", "/forwarding.xhtml");
        try {
            for (int[] size : SIZES) {
                browser.resize(size[0], size[1]);
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    browser.open(page.getValue());
                    browser.awaitAjax();
                    assertTrue(browser.all(By.cssSelector("h1.page-title")).size() == 1, page::getKey);
                    browser.screenshot(dir.resolve(page.getKey() + "-" + size[0] + "x" + size[1] + ".png"));
                }
            }
        } finally {
            server.admin().delete("/api/queues/" + queue);
        }
    }

    /** A queue whose report is photographed. */
    private static long screenshotQueue(ParleyServer server) {
        String agent = Extensions.create(server, "shot-agent");
        String number = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Screenshot " + number
                + "\",\"extension\":\"" + number + "\",\"staticAgents\":[\"" + agent + "\"]}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Opens the Queues page and returns the client id prefix of the queue's row. */
    private static String openQueues(Browser browser, String name) {
        browser.open("/queues.xhtml");
        browser.awaitAjax();
        List<WebElement> rows = browser.all(By.cssSelector("[id='queuesForm:queues_data'] > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(name)) {
                return "queuesForm:queues:" + i;
            }
        }
        throw new AssertionError("no row of " + name + " on the Queues page");
    }

    /** The button is shown, inside the window and its cell, and is what a click at its centre reaches. */
    private static void assertReachable(Browser browser, String id, int[] size) {
        WebElement button = browser.find(By.id(id));
        String at = id + " at " + size[0] + "x" + size[1];
        assertTrue(button.isDisplayed(), at + " displayed");
        browser.script("document.getElementById('" + id + "').scrollIntoView({block: 'center', inline: 'nearest'});");
        @SuppressWarnings("unchecked")
        Map<String, Object> geometry = (Map<String, Object>) browser.script(
                "var b = document.getElementById('" + id + "'); var r = b.getBoundingClientRect();"
                        + " var c = b.closest('td').getBoundingClientRect();"
                        + " var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                        + " cellLeft: c.left, cellRight: c.right, width: window.innerWidth,"
                        + " height: window.innerHeight, hit: top !== null && b.contains(top)};");
        double left = num(geometry, "left");
        double right = num(geometry, "right");
        assertTrue(left >= 0 && right <= num(geometry, "width"), () -> at + " inside the window: " + geometry);
        assertTrue(num(geometry, "top") >= 0 && num(geometry, "bottom") <= num(geometry, "height"),
                () -> at + " inside the window: " + geometry);
        assertTrue(left >= num(geometry, "cellLeft") - 1 && right <= num(geometry, "cellRight") + 1,
                () -> at + " inside its cell: " + geometry);
        assertEquals(Boolean.TRUE, geometry.get("hit"), () -> at + " is what a click reaches: " + geometry);
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
