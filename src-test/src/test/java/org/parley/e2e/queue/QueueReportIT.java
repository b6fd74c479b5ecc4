package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.Await;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * The queue event log as a report: three callers (two answered at once, one hanging up while the agent rings); the
 * events with their data, the filters (type, call ID, period), the CSV export, the link to the call records, the
 * statistics against figures computed by hand, and the events on the live stream.
 */
@ExtendWith(SharedParleyServer.class)
class QueueReportIT {

    private static List<String> types(List<JsonObject> events) {
        return events.stream().map(e -> e.getString("event")).toList();
    }

    @Test
    void threeCallersMakeTheLogTheCsvAndTheFigures(ParleyServer server) throws IOException {
        try (EventStream stream = EventStream.open(server);
                QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            for (int i = 0; i < 2; i++) {
                SipPhone.Dialog caller = q.call();
                q.answerAndHangUp(0, caller);
                q.awaitIdle();
            }
            SipPhone.Dialog quitter = q.call();
            SipPhone.Dialog ringing = q.awaitRing(0);
            assertEquals(200, quitter.cancel().status());
            QueueDesk.awaitCancelled(ringing);
            q.awaitEvents("ABANDON", 1);

            List<JsonObject> all = q.events(null);
            List<String> t = types(all);
            assertEquals(List.of("ENTERQUEUE", "CONNECT"), t.subList(0, 2));
            assertTrue(t.get(2).startsWith("COMPLETE"), t::toString);
            assertEquals(List.of("ENTERQUEUE", "CONNECT"), t.subList(3, 5));
            assertEquals(List.of("ENTERQUEUE", "RINGCANCELED", "ABANDON"), t.subList(6, 9));
            JsonObject enter = all.get(0);
            assertEquals(q.caller, enter.getString("caller"));
            assertEquals(1, enter.getInt("origPosition"));
            assertEquals("Someone is entering the queue", enter.getString("label"));
            JsonObject connect = all.get(1);
            assertEquals(q.agents.get(0), connect.getString("agent"));
            assertEquals(0, connect.getInt("waitSeconds"));
            assertTrue(connect.containsKey("ringMillis"), connect::toString);
            assertEquals(0, all.get(2).getInt("waitSeconds"));
            assertTrue(all.get(2).containsKey("talkSeconds"));
            assertEquals("The caller quit", all.get(8).getString("label"));

            String firstCall = connect.getString("callId");
            assertEquals(List.of("ENTERQUEUE", "CONNECT", t.get(2)),
                    types(get(q, "callId=" + firstCall)), "a call ID selects that call's events");
            assertEquals(List.of("ENTERQUEUE", "ENTERQUEUE", "ENTERQUEUE", "ABANDON"),
                    types(get(q, "type=ENTERQUEUE&type=ABANDON")), "several types");
            assertEquals(List.of("ENTERQUEUE", "ENTERQUEUE", "ENTERQUEUE", "ABANDON"),
                    types(get(q, "type=enterqueue,abandon")), "a comma list of types");
            assertEquals(List.of(), get(q, "from=" + Instant.now().plusSeconds(60)), "nothing after now");
            assertEquals(List.of(), get(q, "to=" + Instant.now().minusSeconds(600)), "nothing before the test");
            RestClient.Response badType = server.admin().get("/api/queues/" + q.queueId + "/events?type=NOPE");
            assertEquals(400, badType.status(), badType::toString);
            assertEquals("type", badType.json().getJsonArray("errors").getJsonObject(0).getString("field"));

            JsonObject cdr = Await.value(Duration.ofSeconds(5), "the first call's record", () -> server.admin()
                    .get("/api/cdrs?extension=" + q.agents.get(0)).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(firstCall))
                    .findFirst(), o -> o.isPresent()).orElseThrow();
            assertEquals(q.agents.get(0), cdr.getString("answeredBy"), "the queue's call ID is the CDR's id");

            RestClient.Response csv = server.admin().get("/api/queues/" + q.queueId + "/events", "text/csv");
            assertEquals(200, csv.status(), csv::toString);
            assertTrue(csv.contentType().startsWith("text/csv"), csv::contentType);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body())).getRecords();
            assertEquals(9, rows.size());
            assertEquals("time,queue,call_id,agent,event,label,caller,position,orig_position,wait_seconds,"
                    + "talk_seconds,ring_ms,login_seconds,reason,target", csv.body().lines().findFirst().orElseThrow());
            CSVRecord abandon = rows.get(8);
            assertEquals("ABANDON", abandon.get("event"));
            assertEquals("The caller quit", abandon.get("label"));
            assertEquals("1", abandon.get("position"));
            assertEquals("Queue " + q.queueNumber, abandon.get("queue"));
            assertEquals(q.caller, rows.get(0).get("caller"));

            // offered 3, answered 2 (both at once: 0 s), abandoned 1: SL 100 %, ASA 0 s, abandon rate 33.33 %
            JsonObject stats = server.admin().get("/api/queues/" + q.queueId + "/stats").json();
            JsonObject figures = stats.getJsonObject("queue");
            assertEquals(3, figures.getInt("offered"));
            assertEquals(2, figures.getInt("answered"));
            assertEquals(1, figures.getInt("abandoned"));
            assertEquals(100.0, figures.getJsonNumber("serviceLevelPercent").doubleValue());
            assertEquals(0.0, figures.getJsonNumber("averageSpeedOfAnswerSeconds").doubleValue());
            assertEquals(33.33, figures.getJsonNumber("abandonRatePercent").doubleValue());
            assertEquals(20, figures.getInt("serviceLevelSeconds"));
            JsonObject agent = stats.getJsonObject("agents").getJsonObject(q.agents.get(0));
            assertEquals(2, agent.getInt("answered"));

            EventStream.Event live = stream.await("queue.abandon on /api/events", Duration.ofSeconds(5),
                    e -> e.name().equals("queue.abandon") && e.json().getString("callId")
                            .equals(all.get(8).getString("callId")));
            assertEquals("ABANDON", live.json().getString("event"));
            assertTrue(stream.events().stream().anyMatch(e -> e.name().equals("agent.changed")
                    && e.json().getString("extension").equals(q.agents.get(0))));
        }
    }

    private static List<JsonObject> get(QueueDesk q, String query) {
        RestClient.Response r = q.server.admin().get("/api/queues/" + q.queueId + "/events?" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
