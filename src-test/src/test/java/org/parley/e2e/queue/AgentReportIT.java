package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parley.e2e.OpenApiDocument;
import org.parley.e2e.Users;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * The per-agent report: an agent logs in, misses a ring, answers the next, pauses for lunch and logs out; {@code GET
 * /api/agents/{extension}/stats} gives the counts as JSON and the same as CSV ({@code Accept: text/csv} or {@code
 * ?format=csv}); bad input is a problem+json 400 naming the field; the console's Agent report shows the same.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class AgentReportIT {

    @Test
    void anAgentsDayAsJsonCsvAndInTheConsole(ParleyServer server, Browser browser) throws IOException {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1,
                "\"strategy\":\"linear\",\"agentRingSeconds\":1,\"retrySeconds\":0")) {
            String agent = q.agents.get(0);
            q.post("/api/agents/" + agent + "/login", "{}", 200);
            SipPhone.Dialog caller = q.call();
            QueueDesk.awaitCancelled(q.awaitRing(0));
            q.answerAndHangUp(0, caller);
            q.awaitIdle();
            q.post("/api/agents/" + agent + "/pause", "{\"reason\":\"lunch\"}", 200);
            q.post("/api/agents/" + agent + "/unpause", "{}", 200);
            q.post("/api/agents/" + agent + "/logout", "{}", 200);
            q.awaitEvents("AGENTLOGOFF", 1);

            String path = "/api/agents/" + agent + "/stats";
            JsonObject stats = server.admin().get(path).json();
            assertEquals(agent, stats.getString("extension"));
            assertEquals(1, stats.getInt("answered"), stats::toString);
            assertEquals(1, stats.getInt("missed"), "the first ring ran out");
            assertTrue(stats.getJsonObject("pauseSeconds").containsKey("lunch"), stats::toString);
            long connected = stats.getJsonNumber("connectedSeconds").longValue();
            assertTrue(connected >= stats.getJsonNumber("pausedSeconds").longValue()
                    && connected >= stats.getJsonNumber("talkSeconds").longValue(), stats::toString);

            for (RestClient.Response csv : List.of(server.admin().get(path, "text/csv"),
                    server.admin().get(path + "?format=csv"))) {
                assertEquals(200, csv.status(), csv::toString);
                assertTrue(csv.contentType().startsWith("text/csv"), csv::contentType);
                List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(csv.body())).getRecords();
                assertEquals(1, rows.size(), csv::body);
                assertEquals(agent, rows.get(0).get("extension"));
                assertEquals("1", rows.get(0).get("answered"));
                assertEquals("1", rows.get(0).get("missed"));
                assertEquals(String.valueOf(stats.getJsonNumber("talkSeconds").longValue()),
                        rows.get(0).get("talk_seconds"));
                assertTrue(rows.get(0).get("pause_by_reason").startsWith("lunch="), csv::body);
            }

            assertField(server.admin().get(path + "?from=yesterday"), "from");
            assertField(server.admin().get(path + "?from=2026-12-01&to=2026-11-01"), "to");
            assertField(server.admin().get(path + "?format=xml"), "format");
            assertEquals(404, server.admin().get("/api/agents/0999999/stats").status());
            OpenApiDocument.assertDescribes(server, List.of("/api/agents/{extension}/stats"));

            Users.User supervisor = Users.create(server, "supervisor");
            browser.signIn(supervisor.username(), supervisor.password()).open("/agent-report.xhtml?agent=" + agent);
            assertEquals("1", browser.find(By.cssSelector(".agent-answered")).getText());
            assertEquals("1", browser.find(By.cssSelector(".agent-missed")).getText());
            assertTrue(browser.find(By.cssSelector(".agent-figures")).getText().contains("lunch"));
        }
    }

    private static void assertField(RestClient.Response r, String field) {
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r::contentType);
        assertEquals(field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r::toString);
    }
}
