package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * The agent desk ("My queues", {@code /desk.xhtml}) in a browser: an agent connects to their queue, pauses with a
 * reason, resumes and disconnects; the API and the queue's event log show each step. Changes made elsewhere (the
 * API) reach an open desk by websocket, with no click.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class AgentDeskPageIT {

    private static final By STATE = By.id("deskForm:state");

    @Test
    void anAgentConnectsPausesResumesAndDisconnects(ParleyServer server, Browser browser) {
        String own = Extensions.create(server, "desk-agent");
        String colleague = Extensions.create(server, "desk-colleague");
        Queue dynamicQueue = queue(server, "Desk dynamic", "\"dynamicAgents\":[\"" + own + "\"]");
        Queue staticQueue = queue(server, "Desk static", "\"staticAgents\":[\"" + own + "\"]");
        Queue otherQueue = queue(server, "Desk other", "\"dynamicAgents\":[\"" + colleague + "\"]");
        Users.User agent = agentUser(server, own);
        try {
            browser.signIn(agent.username(), agent.password()).open("/desk.xhtml");
            assertEquals("Queues of extension " + own + " \u2014 Test " + own,
                    browser.find(By.id("deskTitle")).getText());
            assertTrue(rowOf(browser, staticQueue.name()).getText().contains("yes"),
                    "a static agent is always connected");
            assertTrue(rowOf(browser, staticQueue.name())
                    .findElements(By.cssSelector("button")).isEmpty(), "no button for a static membership");
            assertTrue(browser.all(By.cssSelector(".desk-queue-name")).stream()
                    .noneMatch(e -> e.getText().equals(otherQueue.name())), "only the agent's queues");
            assertEquals("no", connectedText(browser, dynamicQueue.name()));

            rowOf(browser, dynamicQueue.name()).findElement(By.cssSelector("button[id$=':connect']"))
                    .click();
            browser.awaitGrowl("Connected to queue " + dynamicQueue.name());
            assertTrue(connected(server, dynamicQueue.id()).contains(own));
            browser.await("shown connected", () -> "yes".equals(connectedText(browser, dynamicQueue.name())));
            assertEquals("available", browser.find(STATE).getText());

            browser.type(By.id("pauseForm:reason"), "x".repeat(101));
            browser.click(By.id("pauseForm:pause"));
            assertTrue(browser.awaitText(By.id("pauseForm:reasonMessage"), "at most").contains("at most"),
                    "the service's refusal next to the field");
            browser.type(By.id("pauseForm:reason"), "lunch");
            browser.click(By.id("pauseForm:pause"));
            browser.awaitGrowl("Paused: lunch");
            JsonObject paused = server.admin().get("/api/agents/" + own).json();
            assertEquals("PAUSED", paused.getString("state"), paused::toString);
            assertEquals("lunch", paused.getString("pauseReason"));
            assertEquals("paused", browser.awaitText(STATE, "paused"));
            JsonObject pause = events(server, dynamicQueue.id(), "PAUSE").get(0);
            assertEquals(own, pause.getString("agent"));
            assertEquals("lunch", pause.getString("reason"));
            assertEquals(own, events(server, dynamicQueue.id(), "AGENTLOGIN").get(0).getString("agent"));

            browser.click(By.id("pauseForm:resume"));
            browser.awaitGrowl("Resumed");
            assertEquals("AVAILABLE", server.admin().get("/api/agents/" + own).json().getString("state"));
            assertEquals(own, events(server, dynamicQueue.id(), "UNPAUSE").get(0).getString("agent"));

            browser.await("disconnect offered", () -> !rowOf(browser, dynamicQueue.name())
                    .findElements(By.cssSelector("button[id$=':disconnect']")).isEmpty());
            rowOf(browser, dynamicQueue.name()).findElement(By.cssSelector("button[id$=':disconnect']"))
                    .click();
            browser.awaitGrowl("Disconnected from queue " + dynamicQueue.name());
            assertEquals(List.of(), connected(server, dynamicQueue.id()), "disconnected");
            assertEquals(own, events(server, dynamicQueue.id(), "AGENTLOGOFF").get(0).getString("agent"));
            List<Long> stillIn = server.admin().get("/api/agents/" + own).json().getJsonArray("queues")
                    .getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
            assertEquals(List.of(staticQueue.id()), stillIn, "still in the static queue");
        } finally {
            for (Queue q : List.of(dynamicQueue, staticQueue, otherQueue)) {
                server.admin().delete("/api/queues/" + q.id());
            }
        }
    }

    /**
     * Live updates (issue 6): the desk follows changes made elsewhere with no click — a supervisor pauses the agent
     * through the API, connects them to a second queue, resumes them. The reason being typed on the page is kept, and
     * the websocket breaks no Content-Security-Policy rule.
     */
    @Test
    void theDeskFollowsChangesMadeElsewhereWithoutAClick(ParleyServer server, Browser browser) {
        String own = Extensions.create(server, "desk-live");
        Queue first = queue(server, "Live first", "\"dynamicAgents\":[\"" + own + "\"]");
        Queue second = queue(server, "Live second", "\"dynamicAgents\":[\"" + own + "\"]");
        Users.User agent = agentUser(server, own);
        try {
            browser.signIn(agent.username(), agent.password()).open("/desk.xhtml");
            assertEquals("disconnected", browser.find(STATE).getText());
            browser.type(By.id("pauseForm:reason"), "half-typed");

            supervisor(server, "/api/agents/" + own + "/login", "{\"queues\":[" + first.id() + "]}");
            assertEquals("available", browser.awaitText(STATE, "available"), "logged in elsewhere, shown at once");
            browser.await("first queue shown connected", () -> "yes".equals(connectedText(browser, first.name())));

            supervisor(server, "/api/agents/" + own + "/pause", "{\"reason\":\"meeting\"}");
            assertEquals("paused", browser.awaitText(STATE, "paused"));
            assertEquals("(meeting)", browser.awaitText(By.id("deskForm:pauseReason"), "meeting").strip());
            browser.await("resume offered", () -> !browser.all(By.id("pauseForm:resume")).isEmpty());

            supervisor(server, "/api/agents/" + own + "/login", "{\"queues\":[" + second.id() + "]}");
            browser.await("second queue shown connected",
                    () -> "yes".equals(connectedText(browser, second.name())));

            supervisor(server, "/api/agents/" + own + "/unpause", "");
            assertEquals("available", browser.awaitText(STATE, "available"));
            browser.await("resume withdrawn", () -> browser.all(By.id("pauseForm:resume")).isEmpty());
            assertEquals("half-typed", browser.find(By.id("pauseForm:reason")).getAttribute("value"),
                    "what the agent was typing is left alone");
            assertTrue(browser.consoleMessages().stream().noneMatch(m -> m.contains("Content Security Policy")),
                    () -> "CSP violations: " + browser.consoleMessages());
        } finally {
            for (Queue q : List.of(first, second)) {
                server.admin().delete("/api/queues/" + q.id());
            }
        }
    }

    /** A queue call rings the agent's phone: the open desk shows it ringing, then free again, with no click. */
    @Test
    void aQueueCallRingingTheAgentShowsOnTheDesk(ParleyServer server, Browser browser) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            Users.User agent = agentUser(server, q.agents.get(0));
            browser.signIn(agent.username(), agent.password()).open("/desk.xhtml");
            assertEquals("available", browser.find(STATE).getText());

            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog ringing = q.awaitRing(0);
            assertEquals("ringing", browser.awaitText(STATE, "ringing"));

            assertEquals(200, caller.cancel().status());
            QueueDesk.awaitCancelled(ringing);
            assertEquals("available", browser.awaitText(STATE, "available"));
        }
    }

    /** A supervisor's action through the API (as admin), expected to succeed. */
    private static void supervisor(ParleyServer server, String path, String json) {
        RestClient.Response r = server.admin().post(path, json.isEmpty() ? "{}" : json);
        assertEquals(200, r.status(), () -> "POST " + path + ": " + r);
    }

    @Test
    void aUserWithoutExtensionIsToldSo(ParleyServer server, Browser browser) {
        Users.User agent = Users.create(server, "agent");

        browser.signIn(agent.username(), agent.password()).open("/desk.xhtml");

        assertTrue(browser.find(By.id("notLinked")).getText().contains("not linked to an extension"));
    }

    private static Users.User agentUser(ParleyServer server, String extension) {
        Users.User agent = Users.create(server, "agent");
        RestClient.Response link = server.admin().put("/api/users/" + agent.username(),
                "{\"roles\":[\"agent\"],\"extension\":\"" + extension + "\"}");
        assertEquals(200, link.status(), link::toString);
        return agent;
    }

    /** A queue created through the API, named {@code prefix} and its number. */
    private record Queue(long id, String name) {
    }

    private static Queue queue(ParleyServer server, String prefix, String members) {
        String number = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"" + prefix + " " + number
                + "\",\"extension\":\"" + number + "\"," + members + "}");
        assertEquals(201, created.status(), created::toString);
        return new Queue(created.json().getJsonNumber("id").longValue(), prefix + " " + number);
    }

    private static WebElement rowOf(Browser browser, String name) {
        return browser.all(By.cssSelector("#deskForm\\:queues_data tr")).stream()
                .filter(r -> r.findElements(By.cssSelector(".desk-queue-name")).stream()
                        .anyMatch(e -> e.getText().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name + ": " + browser.pageSource()));
    }

    private static String connectedText(Browser browser, String name) {
        return rowOf(browser, name).findElement(By.cssSelector(".desk-queue-connected")).getText();
    }

    private static List<String> connected(ParleyServer server, long id) {
        return server.admin().get("/api/queues/" + id + "/agents").json().getJsonArray("connectedAgents")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<JsonObject> events(ParleyServer server, long queue, String type) {
        return Await.value(Duration.ofSeconds(10), type + " logged", () -> server
                .admin().get("/api/queues/" + queue + "/events?type=" + type).json().getJsonArray("items")
                .getValuesAs(JsonObject.class), list -> !list.isEmpty());
    }
}
