package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * One number space for extensions, queues (and their agent codes) and feature codes: a number taken by one cannot be
 * taken by another (409 naming the number), and an inbound route (DID) may send outside callers to a queue.
 */
@ExtendWith(SharedParleyServer.class)
class NumberSpaceIT {

    @Test
    void aNumberTakenByAQueueAnExtensionOrAFeatureCodeIsAConflict(ParleyServer server) {
        RestClient api = server.admin();
        String queueNumber = Extensions.freshNumber();
        String code = "*4" + queueNumber;
        long queue = createQueue(server, queueNumber, ",\"connectionNumber\":\"" + code + "\"");
        String extension = Extensions.create(server, "space-password");
        try {
            RestClient.Response asExtension = api.post("/api/extensions", "{\"number\":\"" + queueNumber
                    + "\",\"displayName\":\"Shadow\",\"sipPassword\":\"space-password\"}");
            RestClient.Response onExtension = api.post("/api/queues", "{\"name\":\"On " + extension
                    + "\",\"extension\":\"" + extension + "\"}");
            RestClient.Response onCode = api.post("/api/queues", "{\"name\":\"Code " + queueNumber
                    + "\",\"extension\":\"" + Extensions.freshNumber() + "\",\"connectionNumber\":\"" + code + "\"}");
            RestClient.Response onFeatureCode = api.post("/api/queues", "{\"name\":\"Feature " + queueNumber
                    + "\",\"extension\":\"" + Extensions.freshNumber() + "\",\"disconnectionNumber\":\"*73\"}");

            assertConflict(asExtension, queueNumber, "queue");
            assertConflict(onExtension, extension, "extension " + extension);
            assertConflict(onCode, code, "agent connection number");
            assertConflict(onFeatureCode, "*73", "feature code");
            assertEquals(404, api.get("/api/extensions/" + queueNumber).status(), "nothing stored");
            RestClient.Response same = api.put("/api/queues/" + queue, "{\"name\":\"Space " + queueNumber
                    + "\",\"extension\":\"" + queueNumber + "\",\"connectionNumber\":\"" + code + "\"}");
            assertEquals(200, same.status(), () -> "a queue keeps its own numbers: " + same);
        } finally {
            api.delete("/api/queues/" + queue);
        }
    }

    @Test
    void aCallForADidRoutedToAQueueWaitsThereAndReachesAnAgent(ParleyServer server) {
        String agent = Extensions.create(server, "agent-password");
        SippPhone agentPhone = SippPhone.register(server, agent, "agent-password");
        String queueNumber = Extensions.freshNumber();
        long queue = createQueue(server, queueNumber, ",\"staticAgents\":[\"" + agent + "\"]");
        String national = Trunks.freshNationalNumber();
        int carrierPort = Ports.freeTcpAndUdp();
        try (Trunks trunk = Trunks.create(server, carrierPort, "").routeInbound(national, queueNumber)) {
            Sipp.Running answers = agentPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(300)));

            Sipp.Result call = Sipp.scenario("uac_trunk_call").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .service(Trunks.e164(national).substring(1)).key("caller", "0612345678")
                    .pause(Duration.ofMillis(1000)).timeout(Duration.ofSeconds(60)).against(server);

            assertTrue(call.allSucceeded(), () -> "the outside caller is answered by the queue's agent: " + call);
            Sipp.Result answered = answers.await();
            assertTrue(answered.allSucceeded(), answered::toString);
            List<String> types = Await.value(Duration.ofSeconds(10), "the queue's log of the call, completed",
                    () -> server.admin().get("/api/queues/" + queue + "/events?size=50").json().getJsonArray("items")
                            .getValuesAs(JsonObject.class).stream().map(e -> e.getString("event")).toList(),
                    t -> t.contains("COMPLETECALLER") || t.contains("COMPLETEAGENT"));
            assertEquals("ENTERQUEUE", types.get(0), types::toString);
            assertTrue(types.contains("CONNECT"), types::toString);
            CallRecords.awaitNoActiveCallOf(server, agent);
        } finally {
            server.admin().delete("/api/queues/" + queue);
        }
    }

    private static long createQueue(ParleyServer server, String number, String moreJson) {
        RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Space " + number
                + "\",\"extension\":\"" + number + "\"" + moreJson + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static void assertConflict(RestClient.Response r, String number, String what) {
        assertEquals(409, r.status(), r::toString);
        assertEquals("application/problem+json", r.contentType().split(";")[0], r::toString);
        assertTrue(r.body().contains("Number " + number + " is taken") && r.body().contains(what), r::body);
    }
}
