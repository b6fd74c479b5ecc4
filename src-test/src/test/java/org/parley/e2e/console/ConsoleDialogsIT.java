package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * The console's dialogs at the two screen sizes (1366×768 and 1920×1080): a screenshot of each is kept under
 * {@code docs/screenshots/} beside those of the pages ({@link ConsoleLayoutIT}); and a visit to the console leaves
 * nothing in the server's log about the favicon (no 404, no "Broken pipe").
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class ConsoleDialogsIT {

    private static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1920, 1080});

    /** A dialog: the page, the button that opens it, the dialog's id, the screenshot's name. */
    private record Dialog(String page, String button, String dialog, String name) {
    }

    private static final List<Dialog> DIALOGS = List.of(
            new Dialog("/extensions.xhtml", "extensionsForm:newExtension", "extensionDialog", "extension"),
            new Dialog("/users.xhtml", "usersForm:newUser", "userDialog", "user"),
            new Dialog("/tokens.xhtml", "tokensForm:newToken", "tokenDialog", "token"),
            new Dialog("/queues.xhtml", "queuesForm:newQueue", "queueDialog", "queue"),
            new Dialog("/sounds.xhtml", "soundsForm:upload", "uploadDialog", "sound-upload"),
            new Dialog("/sounds.xhtml", "classesForm:newClass", "classDialog", "music-class"),
            new Dialog("/cases.xhtml", "casesForm:newCase", "caseDialog", "case"),
            new Dialog("/companies.xhtml", "companiesForm:newCompany", "companyDialog", "company"),
            new Dialog("/contacts.xhtml", "contactsForm:newContact", "contactDialog", "contact"));

    @Test
    void screenshotsOfEveryDialogAtBothSizes(ParleyServer server, Browser browser) {
        Path dir = Path.of(System.getProperty("parley.buildDir", "target")).toAbsolutePath().getParent().getParent()
                .resolve("docs").resolve("screenshots");
        String agent = Extensions.create(server, "dialog-agent");
        String number = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Dialogs " + number
                + "\",\"extension\":\"" + number + "\",\"dynamicAgents\":[\"" + agent + "\"]}");
        assertEquals(201, created.status(), created::toString);
        browser.signIn("admin", server.adminPassword());
        try {
            for (int[] size : SIZES) {
                browser.resize(size[0], size[1]);
                String suffix = "-" + size[0] + "x" + size[1] + ".png";
                for (Dialog d : DIALOGS) {
                    browser.open(d.page());
                    browser.awaitAjax();
                    browser.click(By.id(d.button()));
                    browser.awaitDialog(d.dialog(), true);
                    browser.awaitAjax();
                    assertEquals("", cutOff(browser, d.dialog()), "nothing of " + d.name() + " cut off at " + size[0]);
                    browser.screenshot(dir.resolve("dialog-" + d.name() + suffix));
                }
                browser.open("/queues.xhtml");
                browser.awaitAjax();
                browser.all(By.cssSelector("[id='queuesForm:queues_data'] > tr")).stream()
                        .filter(r -> r.getText().contains("Dialogs " + number)).findFirst().orElseThrow()
                        .findElement(By.cssSelector("button[id$=':connect']")).click();
                browser.awaitDialog("connectDialog", true);
                assertEquals(agent + " \u2014 Test " + agent, browser.find(By.id("connectForm:agent_label")).getText(),
                        "the agent to connect is shown as 2002 \u2014 Bob");
                browser.screenshot(dir.resolve("dialog-connect-agent" + suffix));
            }
        } finally {
            server.admin().delete("/api/queues/" + created.json().getJsonNumber("id").longValue());
        }
    }

    /** What sticks out of the dialog's content on the right (hidden or scrolled sideways), or "" for nothing. */
    private static String cutOff(Browser browser, String dialog) {
        return (String) browser.script("var c = document.querySelector('#" + dialog + " .ui-dialog-content');"
                + " var right = c.getBoundingClientRect().left + c.clientWidth;"
                + " return Array.from(c.querySelectorAll('input, button, label, .ui-selectonemenu'))"
                + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > right + 1)"
                + ".slice(0, 8).map(e => e.tagName + '#' + e.id + ' right '"
                + " + Math.round(e.getBoundingClientRect().right) + ' > ' + Math.round(right)).join(', ');");
    }

    @Test
    void aConsoleVisitLogsNothingAboutTheFavicon(ParleyServer server, Browser browser) throws IOException {
        int before = Files.readAllLines(server.log()).size();

        browser.signIn("admin", server.adminPassword());
        for (String page : List.of("/", "/calls.xhtml", "/queues.xhtml", "/favicon.ico")) {
            browser.open(page);
        }
        assertEquals(200, server.anonymous().get("/favicon.ico").status(), "the icon is served");

        List<String> log = Files.readAllLines(server.log());
        List<String> visit = log.subList(Math.min(before, log.size()), log.size());
        assertTrue(visit.stream().noneMatch(l -> l.contains("favicon") || l.contains("Broken pipe")),
                () -> "the visit logged: " + String.join("\n", visit));
    }
}
