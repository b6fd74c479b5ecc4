package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.OpenApiDocument;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code /api/queues} over real HTTP: create with defaults, read, list, replace, delete; field-level validation. */
@ExtendWith(SharedParleyServer.class)
class QueueApiIT {

    private static List<String> fieldsOf(RestClient.Response r) {
        assertEquals("application/problem+json", r.contentType().split(";")[0], r::toString);
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).distinct().sorted().toList();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void aQueueIsCreatedReadListedChangedAndDeleted(ParleyServer server) {
        RestClient api = server.admin();
        String agent = Extensions.create(server, "pw-agent-1");
        String other = Extensions.create(server, "pw-agent-2");
        String number = Extensions.freshNumber();
        RestClient.Response created = api.post("/api/queues", "{\"name\":\"Support " + number
                + "\",\"extension\":\"" + number + "\",\"staticAgents\":[\"" + agent + "\"]}");
        assertEquals(201, created.status(), created::toString);
        JsonObject q = created.json();
        long id = q.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/queues/" + id));
        assertEquals("ringall", q.getString("strategy"), "defaults");
        assertEquals(300, q.getInt("maxWaitSeconds"));
        assertEquals(15, q.getInt("agentRingSeconds"));
        assertEquals(5, q.getInt("retrySeconds"));
        assertEquals(0, q.getInt("wrapUpSeconds"));
        assertEquals(0, q.getInt("maxCallers"));
        assertEquals(20, q.getInt("serviceLevelSeconds"));
        assertTrue(q.getBoolean("joinWhenEmpty"));
        assertEquals(List.of(agent), strings(q, "staticAgents"));

        assertEquals("Support " + number, api.get("/api/queues/" + id).json().getString("name"));
        assertTrue(api.get("/api/queues").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getJsonNumber("id").longValue() == id));

        RestClient.Response changed = api.put("/api/queues/" + id, "{\"name\":\"Support " + number
                + "\",\"extension\":\"" + number + "\",\"strategy\":\"rrmemory\",\"agentRingSeconds\":20,"
                + "\"wrapUpSeconds\":10,\"staticAgents\":[\"" + other + "\"],\"dynamicAgents\":[\"" + agent + "\"],"
                + "\"connectionNumber\":\"*" + number + "\",\"disconnectionNumber\":\"#" + number + "\"}");
        assertEquals(200, changed.status(), changed::toString);
        JsonObject c = changed.json();
        assertEquals("rrmemory", c.getString("strategy"));
        assertEquals(20, c.getInt("agentRingSeconds"));
        assertEquals(List.of(other), strings(c, "staticAgents"));
        assertEquals(List.of(agent), strings(c, "dynamicAgents"));
        assertEquals("*" + number, c.getString("connectionNumber"));
        assertEquals(List.of(other), strings(api.get("/api/queues/" + id + "/agents").json(), "connectedAgents"),
                "static agents are always connected, dynamic ones not until they connect");

        assertEquals(204, api.delete("/api/queues/" + id).status());
        assertEquals(404, api.get("/api/queues/" + id).status());
        assertEquals(404, api.delete("/api/queues/" + id).status());
    }

    @Test
    void invalidInputIsRefusedFieldByField(ParleyServer server) {
        RestClient api = server.admin();
        String taken = Extensions.create(server, "pw-taken");
        RestClient.Response bad = api.post("/api/queues", "{\"name\":\"\",\"extension\":\"" + taken
                + "\",\"strategy\":\"roundrobin\",\"agentRingSeconds\":0,\"retrySeconds\":-1,"
                + "\"maxWaitSeconds\":-5,\"fallback\":\"99999\",\"staticAgents\":[\"98765\"],"
                + "\"dynamicAgents\":[\"abc\"],\"connectionNumber\":\"x\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("agentRingSeconds", "connectionNumber", "dynamicAgents", "fallback",
                "maxWaitSeconds", "name", "retrySeconds", "staticAgents", "strategy"), fieldsOf(bad),
                "field errors first; the extension's number, taken, is a conflict once the input is valid");

        String number = Extensions.freshNumber();
        RestClient.Response first = api.post("/api/queues", "{\"name\":\"Dup " + number + "\",\"extension\":\""
                + number + "\"}");
        assertEquals(201, first.status(), first::toString);
        RestClient.Response sameNumber = api.post("/api/queues", "{\"name\":\"Other " + number
                + "\",\"extension\":\"" + number + "\"}");
        assertEquals(409, sameNumber.status(), sameNumber::toString);
        assertEquals(List.of("extension"), fieldsOf(sameNumber));
        RestClient.Response sameName = api.post("/api/queues", "{\"name\":\"Dup " + number + "\",\"extension\":\""
                + Extensions.freshNumber() + "\"}");
        assertEquals(409, sameName.status(), sameName::toString);
        assertEquals(400, api.post("/api/queues", "not json").status());
        api.delete("/api/queues/" + first.json().getJsonNumber("id").longValue());
    }

    @Test
    void theOpenApiDocumentDescribesQueuesAndAgents(ParleyServer server) {
        OpenApiDocument.assertDescribes(server, List.of("/api/queues", "/api/queues/{id}", "/api/queues/{id}/agents",
                "/api/queues/{id}/agents/{extension}", "/api/queues/{id}/events", "/api/queues/{id}/stats",
                "/api/agents/{extension}", "/api/agents/{extension}/login", "/api/agents/{extension}/pause"));
    }

    @Test
    void anAgentActsOnlyForTheirOwnExtension(ParleyServer server) {
        String mine = Extensions.create(server, "pw-own-agent");
        String other = Extensions.create(server, "pw-other-agent");
        String user = "agent" + mine;
        RestClient.Response created = server.admin().post("/api/users", "{\"username\":\"" + user
                + "\",\"roles\":[\"agent\"],\"extension\":\"" + mine + "\",\"password\":\"agent-pass-" + mine
                + "\"}");
        assertEquals(201, created.status(), created::toString);
        RestClient agent = new RestClient(server.baseUrl(), user, "agent-pass-" + mine);
        assertEquals(200, agent.get("/api/agents/" + mine).status());
        assertEquals(403, agent.get("/api/agents/" + other).status());
        assertEquals(403, agent.post("/api/agents/" + other + "/pause", "{}").status());
    }
}
