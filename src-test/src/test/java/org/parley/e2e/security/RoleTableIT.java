package org.parley.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * Every REST resource against the role table of docs/security.md, in one table: resource × role → allowed or 403
 * (and 401 without credentials). "Allowed" means the request passed authorisation: the answer is neither 401 nor
 * 403 nor a 5xx (writes are sent with bodies or ids that fail validation or lookup, so that nothing changes).
 */
@ExtendWith(SharedParleyServer.class)
class RoleTableIT {

    private static final String A = "admin";
    private static final String S = "supervisor";
    private static final String G = "agent";

    /** One request and the roles that may make it. */
    private record Row(String method, String path, String body, List<String> allowed) {
        Row(String method, String path, List<String> allowed) {
            this(method, path, null, allowed);
        }
    }

    @Test
    void eachRoleGetsWhatTheRoleTableSaysOnEachResource(ParleyServer server) {
        String own = Extensions.create(server, "roles-own-1");
        String other = Extensions.create(server, "roles-other-1");
        RestClient admin = server.admin();
        RestClient.Response queue = admin.post("/api/queues", "{\"name\":\"Roles " + own + "\",\"extension\":\""
                + Extensions.freshNumber() + "\",\"dynamicAgents\":[\"" + own + "\"]}");
        assertEquals(201, queue.status(), queue::toString);
        long q = queue.json().getJsonNumber("id").longValue();
        Users.User agentUser = Users.create(server, "agent");
        assertEquals(200, admin.put("/api/users/" + agentUser.username(), "{\"roles\":[\"agent\"],\"extension\":\""
                + own + "\"}").status());
        Map<String, RestClient> clients = Map.of(A, admin, S, Users.create(server, "supervisor").rest(server),
                G, agentUser.rest(server));
        List<String> all = List.of(A, S, G);
        List<String> as = List.of(A, S);
        List<String> a = List.of(A);
        String none = "/api/extensions/" + Extensions.freshNumber();

        List<Row> table = List.of(
                new Row("GET", "/api/me", all),
                new Row("GET", "/api/tokens", all),
                new Row("DELETE", "/api/tokens/999999999", all),
                new Row("GET", "/api/users", a),
                new Row("POST", "/api/users", "{}", a),
                new Row("GET", "/api/users/no-such-user", a),
                new Row("PUT", "/api/users/no-such-user/password", "{}", a),
                new Row("GET", "/api/extensions", as),
                new Row("GET", "/api/extensions/" + own, as),
                new Row("POST", "/api/extensions", "{}", a),
                new Row("PUT", none, "{}", a),
                new Row("DELETE", none, a),
                new Row("GET", "/api/extensions/" + own + "/forwarding", List.of(A, G)),
                new Row("GET", "/api/extensions/" + other + "/forwarding", a),
                new Row("PUT", "/api/extensions/" + other + "/forwarding", "{}", a),
                new Row("GET", "/api/registrations", as),
                new Row("GET", "/api/calls", as),
                // click-to-dial: an agent from their own extension only (an empty body is checked before that)
                new Row("POST", "/api/calls", "{}", all),
                new Row("POST", "/api/calls", "{\"from\":\"" + other + "\",\"to\":\"" + own + "\"}", as),
                new Row("GET", "/api/calls/no-such-call", as),
                new Row("DELETE", "/api/calls/no-such-call", as),
                new Row("POST", "/api/calls/no-such-call/transfer", "{}", as),
                new Row("GET", "/api/cdrs", as),
                new Row("GET", "/api/queues", all),
                new Row("GET", "/api/queues/" + q, all),
                new Row("POST", "/api/queues", "{}", a),
                new Row("PUT", "/api/queues/999999999", "{}", a),
                new Row("DELETE", "/api/queues/999999999", a),
                new Row("GET", "/api/queues/" + q + "/agents", all),
                new Row("POST", "/api/queues/" + q + "/agents", "{}", as),
                new Row("DELETE", "/api/queues/" + q + "/agents/" + other, as),
                new Row("GET", "/api/queues/" + q + "/events", as),
                new Row("GET", "/api/queues/" + q + "/stats", as),
                new Row("GET", "/api/agents/" + own, all),
                new Row("GET", "/api/agents/" + other, as),
                new Row("GET", "/api/agents/" + own + "/stats", as),
                new Row("GET", "/api/agents/" + own + "/stats?format=csv", as),
                new Row("POST", "/api/agents/" + other + "/pause", "{}", as),
                new Row("GET", "/api/trunks", as),
                new Row("POST", "/api/trunks", "{}", a),
                new Row("GET", "/api/routes/inbound", as),
                new Row("POST", "/api/routes/inbound", "{}", a),
                new Row("GET", "/api/routes/outbound", as),
                new Row("POST", "/api/routes/outbound", "{}", a),
                new Row("GET", "/api/numbers/0301234567", as),
                // voicemail: administrators every box, another user only the box of their own extension
                new Row("GET", "/api/mailboxes", all),
                new Row("POST", "/api/mailboxes", "{}", a),
                new Row("GET", "/api/mailboxes/" + own, List.of(A, G)),
                new Row("GET", "/api/mailboxes/" + other, a),
                new Row("PUT", "/api/mailboxes/" + other, "{}", a),
                new Row("DELETE", "/api/mailboxes/" + Extensions.freshNumber(), a),
                new Row("GET", "/api/mailboxes/" + own + "/messages", List.of(A, G)),
                new Row("GET", "/api/mailboxes/" + other + "/messages", a),
                new Row("PUT", "/api/mailboxes/" + own + "/messages/no-such-message", "{}", List.of(A, G)),
                new Row("DELETE", "/api/mailboxes/" + other + "/messages/no-such-message", a),
                new Row("DELETE", "/api/mailboxes/" + other + "/greeting", a));

        List<String> wrong = new ArrayList<>();
        RestClient anonymous = server.anonymous();
        for (Row row : table) {
            check(wrong, row, "anonymous", send(anonymous, row), 401);
            for (String role : all) {
                RestClient.Response r = send(clients.get(role), row);
                if (row.allowed().contains(role)) {
                    if (r.status() == 401 || r.status() == 403 || r.status() >= 500) {
                        wrong.add(role + " " + row.method() + " " + row.path() + ": allowed, but got " + r);
                    }
                } else {
                    check(wrong, row, role, r, 403);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        Users.User supervisor = Users.create(server, "supervisor");
        for (String authorization : List.of(basic("admin", server.adminPassword()),
                basic(agentUser.username(), agentUser.password()),
                "Bearer " + Users.token(server, supervisor, "events"))) {
            try (EventStream events = EventStream.open(server, authorization)) {
                assertEquals(200, events.status(), "every role subscribes to /api/events (agents see less)");
            }
        }
        try (EventStream events = EventStream.open(server, null)) {
            assertEquals(401, events.status());
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static RestClient.Response send(RestClient client, Row row) {
        return row.body() == null ? client.send(row.method(), row.path(), "application/json", "")
                : client.send(row.method(), row.path(), "application/json", row.body());
    }

    private static void check(List<String> wrong, Row row, String who, RestClient.Response r, int expected) {
        if (r.status() != expected || !r.contentType().startsWith("application/problem+json")) {
            wrong.add(who + " " + row.method() + " " + row.path() + ": expected " + expected + ", got " + r);
        }
    }
}
