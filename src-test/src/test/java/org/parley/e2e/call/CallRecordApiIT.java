package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * {@code /api/cdrs}: one record per call, filtered by period, extension, number and disposition, and the same as CSV
 * ({@code Accept: text/csv}: a header row with the documented columns, one line per call). Three calls to bob: alice's
 * answered, alice's refused busy, carol's cancelled.
 */
@ExtendWith(SharedParleyServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallRecordApiIT {

    private static final String CSV_HEADER = "id,direction,caller_number,caller_name,callee_number,callee_name,"
            + "answered_by,answered_device,trunk,start,answer,end,duration_seconds,talk_seconds,disposition,ended_by,hops";

    private String alice;
    private String bob;
    private String carol;
    private Instant before;
    private Instant after;

    @BeforeAll
    void threeCallsToBob(ParleyServer server) {
        alice = Extensions.create(server, "alice-password");
        bob = Extensions.create(server, "bob-password");
        carol = Extensions.create(server, "carol-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone carolPhone = SippPhone.register(server, carol, "carol-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");
        before = Instant.now().minusSeconds(1);

        Sipp.Running answers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(200)));
        assertTrue(alicePhone.call("uac_call", bob, s -> s.pause(Duration.ofMillis(1100))).allSucceeded());
        assertTrue(answers.await().allSucceeded());

        Sipp.Running busy = bobPhone.expect("uas_busy", s -> s);
        assertTrue(alicePhone.call("uac_call_refused", bob, s -> s.replace("EXPECTED_STATUS", "486")).allSucceeded());
        assertTrue(busy.await().allSucceeded());

        Sipp.Running rings = bobPhone.expect("uas_ring_cancelled", s -> s);
        assertTrue(carolPhone.call("uac_cancel", bob, s -> s).allSucceeded());
        assertTrue(rings.await().allSucceeded());

        CallRecords.await(server, bob, 3);
        after = Instant.now().plusSeconds(1);
    }

    @Test
    void oneRecordPerCallNewestFirst(ParleyServer server) {
        List<JsonObject> records = CallRecords.of(server, bob);
        assertEquals(List.of("CANCELLED", "BUSY", "ANSWERED"),
                records.stream().map(r -> r.getString("disposition")).toList());
        JsonObject answered = records.get(2);
        assertEquals("INTERNAL", answered.getString("direction"));
        assertEquals(alice, answered.getString("callerNumber"));
        assertEquals("Test " + bob, answered.getString("calleeName"));
        assertTrue(answered.getInt("talkSeconds") >= 1, answered::toString);
        assertTrue(Instant.parse(answered.getString("start")).isBefore(Instant.parse(answered.getString("end"))));
        assertEquals(3, server.admin().get("/api/cdrs?extension=" + bob).json().getInt("total"));
    }

    @Test
    void filteredByExtension(ParleyServer server) {
        assertEquals(Set.of("ANSWERED", "BUSY"), dispositions(server, "extension=" + alice));
        assertEquals(Set.of("CANCELLED"), dispositions(server, "extension=" + carol));
    }

    @Test
    void filteredByNumber(ParleyServer server) {
        assertEquals(Set.of("CANCELLED"), dispositions(server, "number=" + carol));
        assertEquals(3, CallRecords.query(server, "number=" + bob).size());
    }

    @Test
    void filteredByDisposition(ParleyServer server) {
        assertEquals(1, CallRecords.query(server, "extension=" + bob + "&disposition=BUSY").size());
        assertEquals(1, CallRecords.query(server, "extension=" + bob + "&disposition=busy").size());
        assertEquals(0, CallRecords.query(server, "extension=" + bob + "&disposition=" + enc("NO ANSWER")).size());
        assertEquals(0, CallRecords.query(server, "extension=" + bob + "&disposition=NO_ANSWER").size());
        RestClient.Response wrong = server.admin().get("/api/cdrs?disposition=MAYBE");
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals("application/problem+json", wrong.contentType().split(";")[0]);
    }

    @Test
    void filteredByPeriod(ParleyServer server) {
        assertEquals(3, CallRecords.query(server, "extension=" + bob + "&from=" + before + "&to=" + after).size());
        assertEquals(0, CallRecords.query(server, "extension=" + bob + "&from=" + after).size());
        assertEquals(0, CallRecords.query(server, "extension=" + bob + "&to=" + before).size());
        String today = before.toString().substring(0, 10);
        assertEquals(3, CallRecords.query(server, "extension=" + bob + "&from=" + today + "&to="
                + after.toString().substring(0, 10)).size(), "whole days");
        RestClient.Response wrong = server.admin().get("/api/cdrs?from=yesterday");
        assertEquals(400, wrong.status(), wrong::toString);
    }

    @Test
    void asCsvWithAHeaderRowAndOneLinePerCall(ParleyServer server) {
        RestClient.Response csv = server.admin().get("/api/cdrs?extension=" + bob, "text/csv");

        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv::contentType);
        List<String> lines = Arrays.stream(csv.body().split("\r\n")).filter(l -> !l.isEmpty()).toList();
        assertEquals(CSV_HEADER, lines.get(0));
        assertEquals(4, lines.size(), csv::body);
        List<String> json = CallRecords.of(server, bob).stream().map(r -> r.getString("id")).toList();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            assertEquals(17, cells.length, lines.get(i));
            assertEquals(json.get(i - 1), cells[0], "same calls, same order as the JSON");
            assertEquals(bob, cells[4]);
        }
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",BUSY,,")), csv::body);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",CANCELLED," + carol + ",")), csv::body);
    }

    @Test
    void recordsNeedCredentials(ParleyServer server) {
        assertEquals(401, server.anonymous().get("/api/cdrs").status());
        assertEquals(401, server.anonymous().get("/api/cdrs", "text/csv").status());
    }

    private static Set<String> dispositions(ParleyServer server, String query) {
        return CallRecords.query(server, query).stream().map(r -> r.getString("disposition"))
                .collect(Collectors.toSet());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
