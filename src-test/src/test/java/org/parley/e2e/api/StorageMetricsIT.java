package org.parley.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * {@code /metrics} shows what an operator needs to see of lost or refused work: the write-behind queues of call
 * records and queue events (waiting, set aside, refused) and the SIP messages the connector could not send.
 */
@ExtendWith(SharedParleyServer.class)
class StorageMetricsIT {

    @Test
    void writeBehindAndFailedSendsArePublished(ParleyServer server) {
        RestClient.Response r = server.admin().get("/metrics", "text/plain");
        assertEquals(200, r.status(), r::body);
        List<String> lines = r.body().lines().filter(l -> !l.startsWith("#")).toList();
        for (String name : List.of("parley_write_behind_pending", "parley_write_behind_set_aside_total",
                "parley_write_behind_refused_total")) {
            for (String facts : List.of("call_records", "queue_events")) {
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(name + "{") && l.contains("facts=\"" + facts
                        + "\"")), () -> name + " of " + facts + " on /metrics:\n" + r.body());
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("parley_sip_send_failures_total")),
                () -> "parley_sip_send_failures_total on /metrics:\n" + r.body());
    }
}
