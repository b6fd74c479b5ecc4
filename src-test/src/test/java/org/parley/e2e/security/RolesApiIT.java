package org.parley.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** Roles on {@code /api}: an agent reads only what agents may; administrators manage users. */
@ExtendWith(SharedParleyServer.class)
class RolesApiIT {

    @Test
    void anAgentsTokenIsRefusedAdministrationWith403(ParleyServer server) {
        Users.User agent = Users.create(server, "agent");
        RestClient bearer = server.anonymous().withAuthorization("Bearer " + Users.token(server, agent, "agent"));

        RestClient.Response create = bearer.post("/api/extensions",
                "{\"number\":\"" + Extensions.freshNumber() + "\",\"displayName\":\"No\","
                        + "\"sipPassword\":\"nope-nope\"}");
        assertEquals(403, create.status(), create::toString);
        assertEquals("application/problem+json", create.contentType().split(";")[0]);
        assertEquals(403, create.json().getInt("status"));
        assertEquals(403, bearer.get("/api/extensions").status());
        assertEquals(403, bearer.get("/api/users").status());
        assertEquals(403, bearer.get("/api/registrations").status());

        assertEquals(200, bearer.get("/api/me").status());
        assertEquals(200, bearer.get("/api/tokens").status());
    }

    @Test
    void aSupervisorReadsButDoesNotChange(ParleyServer server) {
        RestClient supervisor = Users.create(server, "supervisor").rest(server);
        String number = Extensions.create(server, "supervised-1");

        assertEquals(200, supervisor.get("/api/extensions/" + number).status());
        assertEquals(200, supervisor.get("/api/registrations").status());
        assertEquals(403, supervisor.put("/api/extensions/" + number, "{\"displayName\":\"Changed\"}").status());
        assertEquals(403, supervisor.delete("/api/extensions/" + number).status());
        assertEquals(403, supervisor.get("/api/users").status());
    }

    @Test
    void anAdministratorManagesUsers(ParleyServer server) {
        RestClient admin = server.admin();
        String number = Extensions.create(server, "linked-phone-1");
        String name = Users.freshName("sup");

        RestClient.Response created = admin.post("/api/users", "{\"username\":\"" + name + "\",\"roles\":"
                + "[\"supervisor\",\"agent\"],\"extension\":\"" + number + "\",\"password\":\"first-password\"}");
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/users/" + name));
        assertEquals(number, created.json().getString("extension"));
        assertTrue(admin.get("/api/users?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(u -> u.getString("username").equals(name)));

        assertEquals(409, admin.post("/api/users", "{\"username\":\"" + name + "\",\"roles\":[\"agent\"],"
                + "\"password\":\"another-password\"}").status());

        RestClient.Response changed = admin.put("/api/users/" + name, "{\"roles\":[\"agent\"]}");
        assertEquals(200, changed.status(), changed::toString);
        assertTrue(!changed.json().containsKey("extension") || changed.json().isNull("extension"),
                "no extension given: unlinked");
        assertEquals(403, new RestClient(server.baseUrl(), name, "first-password").get("/api/extensions").status(),
                "no longer a supervisor");

        assertEquals(204, admin.put("/api/users/" + name + "/password", "{\"password\":\"second-password\"}").status());
        assertEquals(200, new RestClient(server.baseUrl(), name, "second-password").get("/api/me").status());
    }

    @Test
    void userInputIsValidatedFieldByField(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/users",
                "{\"username\":\"Not Valid\",\"roles\":[\"boss\"],\"extension\":\"99999999\",\"password\":\"short\"}");

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("extension", "password", "roles", "username"), r.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().toList());

        RestClient.Response noPhone = server.admin().post("/api/users", "{\"username\":\"" + Users.freshName("x")
                + "\",\"roles\":[\"agent\"],\"extension\":\"99999999\",\"password\":\"long-enough-1\"}");
        assertEquals(400, noPhone.status());
        assertEquals("extension", noPhone.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theBuiltInAdministratorCannotBeDisabledOrDemoted(ParleyServer server) {
        RestClient.Response disable = server.admin().put("/api/users/admin",
                "{\"roles\":[\"admin\"],\"enabled\":false}");
        RestClient.Response demote = server.admin().put("/api/users/admin", "{\"roles\":[\"agent\"]}");

        assertEquals(400, disable.status());
        assertEquals("enabled", disable.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, demote.status());
        assertEquals(200, server.admin().get("/api/me").status());
    }
}
