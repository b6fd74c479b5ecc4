package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.e2e.console.Browser;
import org.parley.e2e.console.BrowserExtension;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;
import org.parley.test.support.SipPhone;

/**
 * The wallboard ({@code /wallboard.xhtml}) in a browser: a scripted set of SIPp calls gives the day's figures computed
 * by hand, the same in {@code /api/queues/{id}/stats}; a caller entering shows without a click, their wait counts
 * on in the browser; figures past the queue's thresholds are amber or red; the thresholds are stored and checked.
 */
@ExtendWith({SharedParleyServer.class, BrowserExtension.class})
class WallboardIT {

    @Test
    void scriptedSippCallsGiveTheHandComputedFiguresOnTheWallboardAndInTheApi(ParleyServer server,
            Browser browser) {
        String agent = Extensions.create(server, "wall-agent");
        SippPhone agentPhone = SippPhone.register(server, agent, "wall-agent");
        SippPhone caller = SippPhone.register(server, Extensions.create(server, "wall-caller"), "wall-caller");
        String number = Extensions.freshNumber();
        long id = createQueue(server, "Wall " + number, number, "\"staticAgents\":[\"" + agent + "\"],"
                + "\"agentRingSeconds\":5,\"retrySeconds\":0,\"maxWaitSeconds\":2,"
                + "\"serviceLevelAmberPercent\":90,\"serviceLevelRedPercent\":50,"
                + "\"abandonRateAmberPercent\":10,\"abandonRateRedPercent\":20");
        Sipp.Running answering = agentPhone.expect("uas_answer", s -> s.calls(2).pause(Duration.ofMillis(100)));
        try {
            // two callers answered at once (talk 0.3 s), then, the agent paused, one gives up and one times out
            for (int i = 0; i < 2; i++) {
                Sipp.Result r = caller.call("uac_call", number, s -> s.pause(Duration.ofMillis(300)));
                assertTrue(r.allSucceeded(), r::toString);
                Await.until(Duration.ofSeconds(5), "the agent available", () -> server.admin()
                        .get("/api/agents/" + agent).json().getString("state").equals("AVAILABLE"));
            }
            assertTrue(answering.await().allSucceeded(), "the agent's SIPp answered both calls");
            RestClient.Response paused = server.admin().post("/api/agents/" + agent + "/pause",
                    "{\"reason\":\"lunch\"}");
            assertEquals(200, paused.status(), paused::toString);
            Sipp.Result gaveUp = caller.call("uac_cancel", number, s -> s);
            assertTrue(gaveUp.allSucceeded(), gaveUp::toString);
            Sipp.Result timedOut = caller.call("uac_call_refused", number,
                    s -> s.replace("EXPECTED_STATUS", "480"));
            assertTrue(timedOut.allSucceeded(), timedOut::toString);

            // offered 4, answered 2 (both at once: within 20 s), abandoned 1, timed out 1
            JsonObject stats = Await.value(Duration.ofSeconds(10), "the day's figures stored", () -> server.admin()
                    .get("/api/queues/" + id + "/stats?from=" + LocalDate.now(ZoneOffset.UTC)).json()
                    .getJsonObject("queue"), q -> q.getInt("timedOut") == 1 && q.getInt("abandoned") == 1);
            assertEquals(4, stats.getInt("offered"));
            assertEquals(2, stats.getInt("answered"));
            assertEquals(100.0, stats.getJsonNumber("serviceLevelPercent").doubleValue());
            assertEquals(0.0, stats.getJsonNumber("averageSpeedOfAnswerSeconds").doubleValue());
            assertEquals(25.0, stats.getJsonNumber("abandonRatePercent").doubleValue());
            assertEquals(0.0, stats.getJsonNumber("averageTalkSeconds").doubleValue());

            Users.User supervisor = Users.create(server, "supervisor");
            browser.signIn(supervisor.username(), supervisor.password()).open("/wallboard.xhtml");
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("wb-waiting", "0");
            expected.put("wb-longest-wait", "\u2013");
            expected.put("wb-available", "0");
            expected.put("wb-paused", "1");
            expected.put("wb-logged-off", "0");
            expected.put("wb-offered", "4");
            expected.put("wb-answered", "2");
            expected.put("wb-abandoned", "1");
            expected.put("wb-timed-out", "1");
            expected.put("wb-service-level", "100 %");
            expected.put("wb-average-answer", "0:00");
            expected.put("wb-abandon-rate", "25 %");
            expected.put("wb-average-talk", "0:00");
            expected.forEach((figure, value) -> assertEquals(value, figure(browser, id, figure).getText(), figure));
            assertEquals(stats.getInt("offered") + "", figure(browser, id, "wb-offered").getText(),
                    "the same figure as the API's");
            assertTrue(card(browser, id).getText().contains("Paused: " + agent + ": lunch"), card(browser, id)::getText);
            assertTrue(card(browser, id).getText().contains("Service level (20 s)"));
            assertTrue(classes(browser, id, "wb-abandon-rate").contains("wb-red"), "25 % from 20 % on: red");
            assertFalse(classes(browser, id, "wb-service-level").contains("wb-amber"), "100 % is not below 90 %");
            assertTrue(browser.all(By.cssSelector("section[data-queue='total'] .wb-offered")).size() == 1,
                    "the totals over all queues");
            for (String chart : List.of("volumes", "serviceLevel", "waiting")) {
                assertEquals(Boolean.TRUE, browser.script("return Chart.getChart(document.getElementById("
                        + "'boardForm:" + chart + "').querySelector('canvas')) !== undefined;"), chart);
            }

            browser.open("/queue-report.xhtml?queue=" + id);
            browser.awaitAjax();
            assertEquals(List.of(4L, 2L, 1L), List.of(chartSum(browser, "volumes", 0),
                    chartSum(browser, "volumes", 1), chartSum(browser, "volumes", 2)),
                    "offered, answered, abandoned per 15 minutes beside the table, summed");
            assertEquals(Boolean.TRUE, browser.script("return Chart.getChart(document.getElementById("
                    + "'reportForm:serviceLevel').querySelector('canvas')).data.datasets[0].data"
                    + ".some(v => v === 100);"), "the hour of the calls at 100 %");
        } finally {
            answering.kill();
            server.admin().delete("/api/queues/" + id);
        }
    }

    @Test
    void aCallerEnteringShowsWithoutAClickAndTheirWaitCountsOn(ParleyServer server, Browser browser) {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1, "\"waitingAmber\":1,\"waitingRed\":2,"
                + "\"longestWaitAmberSeconds\":600")) {
            browser.signIn("admin", server.adminPassword()).open("/wallboard.xhtml");
            long id = q.queueId;
            assertEquals("0", figure(browser, id, "wb-waiting").getText());
            assertEquals("1", figure(browser, id, "wb-logged-off").getText(), "a dynamic agent not connected");
            assertFalse(classes(browser, id, "wb-waiting").contains("wb-amber"));
            browser.script("window.parleyNotReloaded = true;");

            SipPhone.Dialog first = q.call();
            browser.await("the caller shown without a click",
                    () -> "1".equals(text(browser, id, "wb-waiting")));
            assertTrue(classes(browser, id, "wb-waiting").contains("wb-amber"), "one caller: amber from 1");
            String shown = figure(browser, id, "wb-longest-wait").getText();
            assertTrue(shown.matches("0:0\\d"), shown);
            browser.await("the wait counting on in the browser",
                    () -> text(browser, id, "wb-longest-wait").matches("0:0[2-9]"));

            SipPhone.Dialog second = q.call(q.extraPhone());
            browser.await("a second caller shown red",
                    () -> "2".equals(text(browser, id, "wb-waiting"))
                            && classes(browser, id, "wb-waiting").contains("wb-red"));

            assertEquals(200, first.cancel().status());
            assertEquals(200, second.cancel().status());
            browser.await("both gone, and the day's figures with them",
                    () -> "0".equals(text(browser, id, "wb-waiting"))
                            && "2".equals(text(browser, id, "wb-abandoned"))
                            && "2".equals(text(browser, id, "wb-offered")));
            assertEquals("\u2013", figure(browser, id, "wb-longest-wait").getText());
            assertEquals(Boolean.TRUE, browser.script("return window.parleyNotReloaded === true;"),
                    "updated in place: the page was not loaded again");
        }
    }

    @Test
    void theThresholdsAreStoredAndCheckedFieldByField(ParleyServer server) {
        String number = Extensions.freshNumber();
        long id = createQueue(server, "Thresholds " + number, number, "\"waitingAmber\":3,\"waitingRed\":6,"
                + "\"longestWaitRedSeconds\":120,\"serviceLevelAmberPercent\":80,\"serviceLevelRedPercent\":60");
        try {
            JsonObject stored = server.admin().get("/api/queues/" + id).json();
            assertEquals(3, stored.getInt("waitingAmber"));
            assertEquals(6, stored.getInt("waitingRed"));
            assertEquals(120, stored.getInt("longestWaitRedSeconds"));
            assertTrue(!stored.containsKey("longestWaitAmberSeconds") || stored.isNull("longestWaitAmberSeconds"),
                    "not set: absent");
            assertEquals(60, stored.getInt("serviceLevelRedPercent"));

            RestClient.Response wrongOrder = server.admin().put("/api/queues/" + id, "{\"name\":\"Thresholds "
                    + number + "\",\"extension\":\"" + number + "\",\"waitingAmber\":6,\"waitingRed\":6,"
                    + "\"serviceLevelAmberPercent\":60,\"serviceLevelRedPercent\":80,\"abandonRateRedPercent\":101}");
            assertEquals(400, wrongOrder.status(), wrongOrder::toString);
            List<String> fields = wrongOrder.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).sorted().toList();
            assertEquals(List.of("abandonRateRedPercent", "serviceLevelRedPercent", "waitingRed"), fields);
        } finally {
            server.admin().delete("/api/queues/" + id);
        }
    }

    /** The sum of one dataset of a chart of the queue report. */
    private static long chartSum(Browser browser, String chart, int dataset) {
        return ((Number) browser.script("return Chart.getChart(document.getElementById('reportForm:" + chart
                + "').querySelector('canvas')).data.datasets[" + dataset + "].data"
                + ".reduce((a, b) => a + (b || 0), 0);")).longValue();
    }

    private static long createQueue(ParleyServer server, String name, String number, String json) {
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"" + name
                + "\",\"extension\":\"" + number + "\"," + json + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static WebElement card(Browser browser, long queueId) {
        return browser.find(By.cssSelector("section[data-queue='" + queueId + "']"));
    }

    private static WebElement figure(Browser browser, long queueId, String figure) {
        return browser.find(By.cssSelector("section[data-queue='" + queueId + "'] ." + figure));
    }

    /** A figure's text; empty while a push's update replaces the element. */
    private static String text(Browser browser, long queueId, String figure) {
        try {
            return figure(browser, queueId, figure).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    /** A figure's style classes; empty while a push's update replaces the element. */
    private static String classes(Browser browser, long queueId, String figure) {
        try {
            return figure(browser, queueId, figure).getAttribute("class");
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }
}
