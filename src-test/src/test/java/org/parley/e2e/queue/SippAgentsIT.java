package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * A queue answered by SIPp phones: three agents each answering two calls, six callers one after the other through
 * a round-robin-with-memory queue; the event log shows the agents connected in turn.
 */
@ExtendWith(SharedParleyServer.class)
class SippAgentsIT {

    @Test
    void rrmemoryHandsSixCallsToThreeSippAgentsInTurn(ParleyServer server) {
        List<String> agents = new ArrayList<>();
        List<Sipp.Running> answering = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String agent = Extensions.create(server, "sipp-agent");
            agents.add(agent);
            answering.add(SippPhone.register(server, agent, "sipp-agent")
                    .expect("uas_answer", s -> s.calls(2).pause(Duration.ofMillis(100))));
        }
        String caller = Extensions.create(server, "sipp-caller");
        SippPhone callerPhone = SippPhone.register(server, caller, "sipp-caller");
        String number = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Sipp " + number
                + "\",\"extension\":\"" + number + "\",\"strategy\":\"rrmemory\",\"agentRingSeconds\":5,"
                + "\"staticAgents\":" + QueueDesk.jsonList(agents) + "}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        try {
            for (int call = 0; call < 6; call++) {
                Sipp.Result r = callerPhone.call("uac_call", number, s -> s.pause(Duration.ofMillis(300)));
                assertTrue(r.allSucceeded(), r::toString);
                Await.until(Duration.ofSeconds(5), "the queue idle", () -> server.admin()
                        .get("/api/agents/" + agents.get(2)).json().getString("state").equals("AVAILABLE")
                        && server.admin().get("/api/agents/" + agents.get(0)).json().getString("state")
                                .equals("AVAILABLE")
                        && server.admin().get("/api/agents/" + agents.get(1)).json().getString("state")
                                .equals("AVAILABLE"));
            }
            for (Sipp.Running a : answering) {
                Sipp.Result r = a.await();
                assertTrue(r.allSucceeded(), r::toString);
            }
            List<String> connected = Await.value(Duration.ofSeconds(5), "six CONNECT events", () -> server.admin()
                    .get("/api/queues/" + id + "/events?type=CONNECT").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("agent")).toList(),
                    l -> l.size() == 6);
            assertEquals(List.of(agents.get(0), agents.get(1), agents.get(2), agents.get(0), agents.get(1),
                    agents.get(2)), connected);
        } finally {
            server.admin().delete("/api/queues/" + id);
        }
    }
}
