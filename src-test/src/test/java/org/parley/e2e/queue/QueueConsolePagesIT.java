package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.e2e.Extensions;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * The console's Queues dashboard (a queue with its codes and connected agents; "Connect an agent", "Disconnect",
 * "Add a queue") and its Queue report (event types, Apply), in a browser.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class QueueConsolePagesIT {

    @Test
    void aSupervisorConnectsAndDisconnectsAnAgentAndReadsTheReport(ParleyServer server, Browser browser) {
        String staticAgent = Extensions.create(server, "console-agent");
        String dynamicAgent = Extensions.create(server, "console-agent");
        String number = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Console " + number
                + "\",\"extension\":\"" + number + "\",\"connectionNumber\":\"*4" + number
                + "\",\"disconnectionNumber\":\"*8" + number + "\",\"staticAgents\":[\"" + staticAgent
                + "\"],\"dynamicAgents\":[\"" + dynamicAgent + "\"]}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        try {
            browser.signIn("admin", server.adminPassword()).open("/queues.xhtml");
            WebElement row = rowOf(browser, "Console " + number).orElseThrow();
            String text = row.getText();
            assertTrue(text.contains(number) && text.contains("*4" + number) && text.contains("*8" + number), text);
            assertEquals(List.of(named(staticAgent)), agentsIn(row), "static agents always shown, as 2002 \u2014 Bob");

            row.findElement(By.cssSelector("button[id$=':connect']")).click();
            browser.awaitDialog("connectDialog", true);
            browser.click(By.id("connectForm:connectAgent"));
            browser.awaitGrowl("connected");
            assertEquals(List.of(staticAgent, dynamicAgent), connected(server, id));
            browser.awaitAjax();
            assertEquals(List.of(named(staticAgent), named(dynamicAgent)),
                    agentsIn(rowOf(browser, "Console " + number).orElseThrow()), browser::pageSource);

            rowOf(browser, "Console " + number).orElseThrow()
                    .findElement(By.cssSelector("button[id$=':disconnect']")).click();
            browser.awaitGrowl("disconnected");
            browser.await("the agent gone", () -> agentsIn(rowOf(browser, "Console " + number).orElseThrow())
                    .equals(List.of(named(staticAgent))));

            browser.open("/queue-report.xhtml?queue=" + id);
            assertTrue(browser.pageSource().contains("Console " + number), browser::pageSource);
            browser.await("today's events listed", () -> labels(browser).contains("An agent is connecting")
                    && labels(browser).contains("An agent is disconnecting"));
            browser.script("PF('typesMenu').selectValue('AGENTLOGOFF')");
            browser.click(By.id("reportForm:apply"));
            browser.await("only the disconnection", () -> labels(browser).equals(List.of("An agent is disconnecting")));
            browser.click(By.id("reportForm:uncheckAll"));
            browser.click(By.id("reportForm:apply"));
            browser.await("every event again", () -> labels(browser).size() == 2);
        } finally {
            server.admin().delete("/api/queues/" + id);
        }
    }

    @Test
    void anAdministratorAddsAQueueAndSeesFieldErrors(ParleyServer server, Browser browser) {
        String number = Extensions.freshNumber();
        browser.signIn("admin", server.adminPassword()).open("/queues.xhtml");
        browser.click(By.id("queuesForm:newQueue"));
        browser.awaitDialog("queueDialog", true);
        browser.type(By.id("queueForm:name"), "Added " + number);
        browser.type(By.id("queueForm:extension"), "x");
        browser.click(By.id("queueForm:save"));
        browser.await("the extension refused", () -> browser.find(By.id("queueForm")).getText()
                .contains("must be 2 to 10 digits"));
        browser.type(By.id("queueForm:extension"), number);
        browser.click(By.id("queueForm:save"));
        browser.awaitGrowl("saved");
        browser.await("the queue listed", () -> rowOf(browser, "Added " + number).isPresent());
        JsonObject q = server.admin().get("/api/queues").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("extension").equals(number)).findFirst().orElseThrow();
        server.admin().delete("/api/queues/" + q.getJsonNumber("id").longValue());
    }

    /** How the console names an agent: its number, then its display name ({@code Extensions} names it "Test n"). */
    private static String named(String extension) {
        return extension + " \u2014 Test " + extension;
    }

    private static List<String> connected(ParleyServer server, long id) {
        return server.admin().get("/api/queues/" + id + "/agents").json().getJsonArray("connectedAgents")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private static Optional<WebElement> rowOf(Browser browser, String name) {
        return browser.all(By.cssSelector("#queuesForm\\:queues_data tr")).stream()
                .filter(r -> r.findElements(By.cssSelector(".queue-name")).stream()
                        .anyMatch(e -> e.getText().equals(name)))
                .findFirst();
    }

    private static List<String> agentsIn(WebElement row) {
        return row.findElements(By.cssSelector(".queue-agent-number")).stream().map(e -> e.getText().strip())
                .toList();
    }

    private static List<String> labels(Browser browser) {
        return browser.all(By.cssSelector("#reportForm\\:events_data .queue-event")).stream()
                .map(WebElement::getText).toList();
    }
}
