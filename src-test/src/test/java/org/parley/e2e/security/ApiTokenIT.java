package org.parley.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code /api/tokens}: create (secret shown once), use as Bearer, list, revoke; stored only as a hash. */
@ExtendWith(SharedParleyServer.class)
class ApiTokenIT {

    @Test
    void aUserCreatesUsesListsAndRevokesAToken(ParleyServer server) {
        Users.User agent = Users.create(server, "agent");
        RestClient basic = agent.rest(server);

        RestClient.Response created = basic.post("/api/tokens", "{\"name\":\"CRM\",\"validDays\":30}");
        assertEquals(201, created.status(), created::toString);
        JsonObject token = created.json();
        String secret = token.getString("secret");
        long id = token.getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("parley_") && secret.startsWith(token.getString("prefix")), token::toString);
        assertEquals("active", token.getString("status"));
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/tokens/" + id));

        RestClient bearer = bearer(server, secret);
        RestClient.Response me = bearer.get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(agent.username(), me.json().getString("username"));
        assertEquals(List.of("agent"), me.json().getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), "the token carries the user's roles");

        RestClient.Response listed = basic.get("/api/tokens");
        assertEquals(200, listed.status());
        assertFalse(listed.body().contains(secret), "a list never shows a secret");
        JsonObject entry = listed.jsonArray().getValuesAs(JsonObject.class).get(0);
        assertEquals(id, entry.getJsonNumber("id").longValue());
        assertFalse(entry.containsKey("secret") && !entry.isNull("secret"));
        assertNotNull(entry.getString("lastUsedAt"), "its use is noted");

        assertEquals(204, basic.delete("/api/tokens/" + id).status());
        RestClient.Response refused = bearer.get("/api/me");
        assertEquals(401, refused.status());
        assertEquals("application/problem+json", refused.contentType().split(";")[0]);
        assertTrue(refused.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("WWW-Authenticate"))
                .flatMap(e -> e.getValue().stream()).anyMatch(v -> v.startsWith("Bearer")));
        assertEquals("revoked", basic.get("/api/tokens").jsonArray().getValuesAs(JsonObject.class).get(0)
                .getString("status"));
    }

    @Test
    void onlyTheHashOfTheSecretIsStored(ParleyServer server) throws SQLException {
        Users.User agent = Users.create(server, "agent");
        String secret = Users.token(server, agent, "stored");

        try (Connection c = server.database().connect();
             PreparedStatement s = c.prepareStatement("SELECT * FROM api_token WHERE prefix = ?")) {
            s.setString(1, secret.substring(0, 13));
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "the token is stored");
                assertEquals(sha256(secret), rows.getString("secret_sha256"));
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    String value = rows.getString(i);
                    assertFalse(value != null && value.contains(secret.substring(13)),
                            "column " + rows.getMetaData().getColumnName(i) + " holds the secret");
                }
            }
        }
    }

    @Test
    void aTokenCannotMakeMoreTokens(ParleyServer server) {
        Users.User agent = Users.create(server, "agent");
        RestClient bearer = bearer(server, Users.token(server, agent, "first"));

        RestClient.Response r = bearer.post("/api/tokens", "{\"name\":\"second\",\"validDays\":365}");

        assertEquals(403, r.status(), r::toString);
        assertEquals("application/problem+json", r.contentType().split(";")[0]);
    }

    @Test
    void tokenInputIsValidatedFieldByField(ParleyServer server) {
        Users.User agent = Users.create(server, "agent");

        RestClient.Response r = agent.rest(server).post("/api/tokens", "{\"name\":\" \",\"validDays\":400}");

        assertEquals(400, r.status());
        assertEquals(List.of("name", "validDays"), r.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).sorted().toList());
    }

    @Test
    void nobodyRevokesAnotherUsersToken(ParleyServer server) {
        Users.User owner = Users.create(server, "agent");
        Users.User other = Users.create(server, "agent");
        String secret = Users.token(server, owner, "mine");
        long id = owner.rest(server).get("/api/tokens").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(404, other.rest(server).delete("/api/tokens/" + id).status());
        assertEquals(200, bearer(server, secret).get("/api/me").status());
    }

    @Test
    void aDisabledUsersTokensAreRefused(ParleyServer server) {
        Users.User agent = Users.create(server, "agent");
        RestClient bearer = bearer(server, Users.token(server, agent, "soon refused"));
        assertEquals(200, bearer.get("/api/me").status());

        assertEquals(200, server.admin().put("/api/users/" + agent.username(),
                "{\"roles\":[\"agent\"],\"enabled\":false}").status());

        assertEquals(401, bearer.get("/api/me").status());
    }

    @Test
    void theOpenApiDocumentDescribesTokensUsersAndBearer(ParleyServer server) {
        JsonObject doc = server.anonymous().get("/openapi", "application/json").json();

        for (String path : List.of("/api/tokens", "/api/tokens/{id}", "/api/users", "/api/me")) {
            assertTrue(doc.getJsonObject("paths").containsKey(path), path);
        }
        assertEquals("bearer", doc.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
    }

    private static RestClient bearer(ParleyServer server, String secret) {
        return server.anonymous().withAuthorization("Bearer " + secret);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
