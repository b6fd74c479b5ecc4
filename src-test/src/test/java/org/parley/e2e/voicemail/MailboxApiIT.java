package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.OpenApiDocument;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code /api/mailboxes}: shared boxes in the one number space, input checked by field, who sees which box. */
@ExtendWith(SharedParleyServer.class)
class MailboxApiIT {

    @Test
    void aSharedBoxIsCreatedChangedListedAndDeleted(ParleyServer server) {
        String member = Extensions.create(server, "member-password");
        String number = Extensions.freshNumber();
        RestClient admin = server.admin();

        RestClient.Response created = admin.post("/api/mailboxes", "{\"number\":\"" + number
                + "\",\"name\":\"Company\",\"notified\":[\"" + member + "\"]}");
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/mailboxes/" + number));
        JsonObject box = created.json();
        assertEquals("shared", box.getString("kind"));
        assertEquals("Company", box.getString("name"));
        assertTrue(box.getBoolean("enabled"));
        assertEquals(List.of(member), box.getJsonArray("notified").getValuesAs(v -> ((jakarta.json.JsonString) v)
                .getString()));
        assertEquals(0, box.getInt("newMessages"));

        RestClient.Response changed = admin.put("/api/mailboxes/" + number, "{\"name\":\"Sales team\","
                + "\"enabled\":false}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Sales team", changed.json().getString("name"));
        assertFalse(changed.json().getBoolean("enabled"));
        assertEquals(1, changed.json().getJsonArray("notified").size(), "notified kept when left out");

        JsonArray all = admin.get("/api/mailboxes").jsonArray();
        assertTrue(all.stream().map(JsonObject.class::cast).anyMatch(b -> b.getString("number").equals(number)
                && b.getString("kind").equals("shared")), all::toString);
        assertTrue(all.stream().map(JsonObject.class::cast).anyMatch(b -> b.getString("number").equals(member)
                && b.getString("kind").equals("extension")), "every extension has its own box: " + all);

        assertEquals(204, admin.delete("/api/mailboxes/" + number).status());
        assertEquals(404, admin.get("/api/mailboxes/" + number).status());
    }

    @Test
    void aNumberAlreadyUsedIsAConflictAndBadInputNamesItsField(ParleyServer server) {
        String extension = Extensions.create(server, "ext-password");
        RestClient admin = server.admin();

        RestClient.Response clash = admin.post("/api/mailboxes", "{\"number\":\"" + extension + "\",\"name\":\"X\"}");
        assertEquals(409, clash.status(), clash::toString);
        assertTrue(clash.body().contains("number"), clash::toString);

        String number = Extensions.freshNumber();
        assertEquals(201, admin.post("/api/mailboxes", "{\"number\":\"" + number + "\",\"name\":\"Team\"}").status());
        RestClient.Response extensionOnBox = admin.post("/api/extensions", "{\"number\":\"" + number
                + "\",\"displayName\":\"Late\",\"sipPassword\":\"late-password\"}");
        assertEquals(409, extensionOnBox.status(), "an extension cannot take a box's number: " + extensionOnBox);

        RestClient.Response bad = admin.post("/api/mailboxes", "{\"number\":\"x1\",\"name\":\"\",\"notified\":[\""
                + Extensions.freshNumber() + "\"]}");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad::toString);
        for (String field : List.of("number", "name", "notified[0]")) {
            assertTrue(bad.body().contains("\"" + field + "\""), () -> field + " named: " + bad);
        }

        RestClient.Response deleteOwn = admin.delete("/api/mailboxes/" + extension);
        assertEquals(409, deleteOwn.status(), "an extension's own box is switched off, not deleted: " + deleteOwn);
    }

    @Test
    void aPinIsStoredHashedNeverReturnedAndBadPinsNameTheField(ParleyServer server) throws SQLException {
        String extension = Extensions.create(server, "pin-password");
        RestClient admin = server.admin();
        boolean on = admin.get("/api/mailboxes/" + extension).json().getBoolean("enabled");

        for (String bad : List.of("123", "12345678901", "12a4")) {
            RestClient.Response refused = admin.put("/api/mailboxes/" + extension, "{\"pin\":\"" + bad + "\"}");
            assertEquals(400, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
            assertTrue(refused.body().contains("\"pin\""), () -> "pin named: " + refused);
        }

        RestClient.Response set = admin.put("/api/mailboxes/" + extension, "{\"pin\":\"4711\"}");
        assertEquals(200, set.status(), set::toString);
        assertEquals(on, set.json().getBoolean("enabled"), "enabled kept when left out: " + set);
        assertFalse(set.body().contains("4711") || set.body().contains("pin"), "the PIN is never returned: " + set);
        assertFalse(admin.get("/api/mailboxes/" + extension).body().contains("pin"));

        try (Connection c = server.database().connect();
                PreparedStatement q = c.prepareStatement("SELECT pin_hash FROM mailbox WHERE number = ?")) {
            q.setString(1, extension);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "a row holds the PIN's hash");
                String hash = r.getString(1);
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:"), hash);
                assertFalse(hash.contains("4711"), hash);
            }
        }
    }

    @Test
    void aUserSeesTheirOwnBoxAndTheSharedBoxesNotifyingThem(ParleyServer server) {
        String own = Extensions.create(server, "own-password");
        String other = Extensions.create(server, "other-password");
        String team = Extensions.freshNumber();
        String elsewhere = Extensions.freshNumber();
        RestClient admin = server.admin();
        assertEquals(201, admin.post("/api/mailboxes", "{\"number\":\"" + team + "\",\"name\":\"Team\","
                + "\"notified\":[\"" + own + "\"]}").status());
        assertEquals(201, admin.post("/api/mailboxes", "{\"number\":\"" + elsewhere + "\",\"name\":\"Other team\","
                + "\"notified\":[\"" + other + "\"]}").status());
        Users.User agent = Users.create(server, "agent");
        assertEquals(200, admin.put("/api/users/" + agent.username(), "{\"roles\":[\"agent\"],\"extension\":\""
                + own + "\"}").status());
        RestClient client = agent.rest(server);

        JsonArray mine = client.get("/api/mailboxes").jsonArray();
        assertEquals(List.of(own, team), mine.stream().map(JsonObject.class::cast).map(b -> b.getString("number"))
                .toList(), mine::toString);
        assertEquals(200, client.get("/api/mailboxes/" + team + "/messages").status());
        assertEquals(403, client.get("/api/mailboxes/" + elsewhere + "/messages").status());
        assertEquals(403, client.get("/api/mailboxes/" + other).status());
    }

    @Test
    void theOpenApiDocumentDescribesTheMailboxResources(ParleyServer server) {
        OpenApiDocument.assertDescribes(server, List.of("/api/mailboxes", "/api/mailboxes/{number}",
                "/api/mailboxes/{number}/messages", "/api/mailboxes/{number}/messages/{id}"));
    }
}
