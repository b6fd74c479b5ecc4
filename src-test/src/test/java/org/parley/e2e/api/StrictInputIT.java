package org.parley.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * Bad REST input is refused, never coerced or dropped: a table of bad requests per resource (method, path, body →
 * status and the field the problem+json names). No answer is a 5xx, none is HTML, none names a Java class.
 */
@ExtendWith(SharedParleyServer.class)
class StrictInputIT {

    private static final Pattern JAVA = Pattern.compile("java\\.|jakarta\\.|org\\.parley|Exception|For input string");

    /** One bad request and what it must get. */
    private record Bad(String method, String path, String body, int status, String field) {
    }

    @Test
    void badRequestsGetAProblemNamingTheField(ParleyServer server) {
        RestClient api = server.admin();
        String number = Extensions.create(server, "strict-1");
        RestClient.Response queue = api.post("/api/queues", "{\"name\":\"Strict " + number + "\",\"extension\":\""
                + Extensions.freshNumber() + "\"}");
        assertEquals(201, queue.status(), queue::toString);
        long queueId = queue.json().getJsonNumber("id").longValue();
        String user = Users.freshName("strict");

        List<Bad> table = List.of(
                // wrong JSON types are not coerced
                new Bad("PUT", "/api/queues/" + queueId, "{\"joinWhenEmpty\":\"yes\"}", 400, "joinWhenEmpty"),
                new Bad("PUT", "/api/queues/" + queueId, "{\"maxWaitSeconds\":\"60\"}", 400, "maxWaitSeconds"),
                new Bad("PUT", "/api/queues/" + queueId, "{\"maxWaitSeconds\":1.5}", 400, "maxWaitSeconds"),
                new Bad("PUT", "/api/queues/" + queueId, "{\"name\":123}", 400, "name"),
                new Bad("PUT", "/api/queues/" + queueId, "{\"staticAgents\":\"" + number + "\"}", 400,
                        "staticAgents"),
                new Bad("PUT", "/api/queues/" + queueId, "{\"staticAgents\":[1]}", 400, "staticAgents[0]"),
                new Bad("PUT", "/api/extensions/" + number, "{\"displayName\":[\"x\"]}", 400, "displayName"),
                new Bad("PUT", "/api/extensions/" + number, "{\"displayName\":{\"a\":1}}", 400, "displayName"),
                new Bad("POST", "/api/users", "{\"username\":\"" + user + "\",\"roles\":\"agent\","
                        + "\"password\":\"long-enough-1\"}", 400, "roles"),
                new Bad("POST", "/api/users", "{\"username\":\"" + user + "\",\"roles\":[\"agent\"],"
                        + "\"password\":\"long-enough-1\",\"enabled\":\"true\"}", 400, "enabled"),
                new Bad("POST", "/api/tokens", "{\"name\":\"t\",\"validDays\":\"30\"}", 400, "validDays"),
                new Bad("POST", "/api/calls", "{\"from\":" + number + ",\"to\":\"200\"}", 400, "from"),
                // unknown fields and duplicate keys
                new Bad("PUT", "/api/queues/" + queueId, "{\"joinWhenEmty\":true}", 400, "joinWhenEmty"),
                new Bad("PUT", "/api/extensions/" + number, "{\"displayName\":\"A\",\"displayName\":\"B\"}", 400,
                        "displayName"),
                new Bad("POST", "/api/users", "{\"username\":\"" + user + "\",\"roles\":[\"agent\"],"
                        + "\"password\":\"long-enough-1\",\"isAdmin\":true}", 400, "isAdmin"),
                // not an object, not JSON
                new Bad("POST", "/api/users", "null", 400, "body"),
                new Bad("POST", "/api/users", "", 400, "body"),
                new Bad("POST", "/api/users", "[]", 400, "body"),
                new Bad("POST", "/api/queues", "{\"name\":", 400, "body"),
                new Bad("POST", "/api/extensions", "{} {}", 400, "body"),
                // parameters
                new Bad("GET", "/api/queues/abc", null, 400, "id"),
                new Bad("GET", "/api/users?size=abc", null, 400, "size"),
                new Bad("GET", "/api/extensions?page=1x", null, 400, "page"),
                new Bad("GET", "/api/queues/" + queueId + "/events?size=-", null, 400, "size"),
                // unknown paths: JSON 404
                new Bad("GET", "/api/no-such-thing", null, 404, null),
                new Bad("GET", "/api/queues/" + queueId + "/nothing/here", null, 404, null),
                new Bad("GET", "/api/", null, 404, null));

        List<String> wrong = new ArrayList<>();
        for (Bad bad : table) {
            RestClient.Response r = bad.body() == null ? api.send(bad.method(), bad.path(), "application/json", "")
                    : api.send(bad.method(), bad.path(), "application/json", bad.body());
            String what = bad.method() + " " + bad.path() + " " + bad.body() + " → " + r;
            if (r.status() != bad.status() || !r.contentType().startsWith("application/problem+json")
                    || JAVA.matcher(r.body()).find()) {
                wrong.add(what);
                continue;
            }
            if (bad.field() != null && (!r.json().containsKey("errors") || r.json().getJsonArray("errors")
                    .getValuesAs(JsonObject.class).stream().noneMatch(e -> e.getString("field").equals(bad.field())))) {
                wrong.add("field " + bad.field() + " not named: " + what);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        JsonObject unchanged = api.get("/api/queues/" + queueId).json();
        assertTrue(unchanged.getBoolean("joinWhenEmpty"), "nothing of a refused body was stored");
        assertEquals(404, api.get("/api/users/" + user).status(), "no user was created by a refused body");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead(ParleyServer server) throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/extensions"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:"
                        + server.adminPassword()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build();

        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(r.body().contains("1048576"), r.body());
    }
}
