package org.parley.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.OpenApiDocument;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code /api/trunks} over real HTTP: CRUD, the write-only password, validation, conflicts. */
@ExtendWith(SharedParleyServer.class)
class TrunkApiIT {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A trunk name no other test of this run uses. */
    static String freshName() {
        return "trunk-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    static List<String> fieldsOf(RestClient.Response r) {
        assertEquals("application/problem+json", r.contentType().split(";")[0], r::toString);
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    /** Creates a trunk that does not register (so that it sends nothing) and returns its name. */
    static String createTrunk(ParleyServer server) {
        String name = freshName();
        RestClient.Response r = server.admin().post("/api/trunks",
                "{\"name\":\"" + name + "\",\"host\":\"sip.carrier.example\"}");
        assertEquals(201, r.status(), () -> "creating trunk " + name + ": " + r);
        return name;
    }

    private static String storedSealedPassword(ParleyServer server, String name) throws SQLException {
        try (Connection c = server.database().connect();
                PreparedStatement s = c.prepareStatement("SELECT password_sealed FROM trunk WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "trunk " + name + " is stored");
                return rs.getString(1);
            }
        }
    }

    @Test
    void createReadUpdateListDelete(ParleyServer server) throws SQLException {
        RestClient api = server.admin();
        String name = freshName();
        // loopback, on a port nobody answers: a registration attempt sends nothing beyond this machine
        int carrierPort = Ports.freeTcpAndUdp();

        RestClient.Response created = api.post("/api/trunks", "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\","
                + "\"port\":" + carrierPort + ",\"transport\":\"udp\",\"username\":\"acct-1\","
                + "\"password\":\"carrier-s3cret\",\"register\":true,\"registerExpires\":300,"
                + "\"callerIdNumber\":\"+33 1 23 45 67 89\","
                + "\"allowedSources\":[\"198.51.100.0/24\",\"2001:db8::/32\"]}");

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/trunks/" + name));
        JsonObject trunk = created.json();
        assertEquals("127.0.0.1", trunk.getString("host"));
        assertEquals(carrierPort, trunk.getInt("port"));
        assertEquals("UDP", trunk.getString("transport"));
        assertEquals("acct-1", trunk.getString("username"));
        assertEquals("+33123456789", trunk.getString("callerIdNumber"));
        assertTrue(trunk.getBoolean("register"));
        assertEquals(300, trunk.getInt("registerExpires"));
        assertEquals(List.of("198.51.100.0/24", "2001:db8::/32"),
                trunk.getJsonArray("allowedSources").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .toList());
        assertTrue(trunk.getBoolean("enabled"));
        assertTrue(trunk.getBoolean("hasPassword"));
        assertFalse(trunk.containsKey("password"));
        assertFalse(created.body().contains("carrier-s3cret"), "the password is never returned");
        // nothing answers on that port: never registered (the connector may not register yet at all)
        assertTrue(Set.of("pending", "failed", "unavailable").contains(
                trunk.getJsonObject("registration").getString("state")), trunk::toString);

        RestClient.Response read = api.get("/api/trunks/" + name);
        assertEquals(200, read.status(), read::toString);
        assertFalse(read.body().contains("carrier-s3cret"));
        assertEquals("acct-1", read.json().getString("username"));

        RestClient.Response updated = api.put("/api/trunks/" + name, "{\"host\":\"sip.carrier.example\","
                + "\"port\":5070,\"transport\":\"TCP\",\"username\":\"acct-1\"}");
        assertEquals(200, updated.status(), updated::toString);
        JsonObject changed = api.get("/api/trunks/" + name).json();
        assertEquals("sip.carrier.example", changed.getString("host"));
        assertEquals(5070, changed.getInt("port"));
        assertEquals("TCP", changed.getString("transport"));
        assertFalse(changed.getBoolean("register"), "PUT replaces the settings");
        assertEquals("off", changed.getJsonObject("registration").getString("state"));
        assertTrue(changed.getBoolean("hasPassword"), "an absent password keeps the stored one");
        assertEquals(0, changed.getJsonArray("allowedSources").size());

        JsonObject page = api.get("/api/trunks?size=500").json();
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals(name)));
        assertFalse(page.toString().contains("carrier-s3cret"));

        assertEquals(204, api.delete("/api/trunks/" + name).status());
        RestClient.Response gone = api.get("/api/trunks/" + name);
        assertEquals(404, gone.status());
        assertEquals("application/problem+json", gone.contentType().split(";")[0]);
    }

    @Test
    void thePasswordIsStoredEncryptedNeverInClear(ParleyServer server) throws SQLException {
        String name = freshName();
        RestClient.Response r = server.admin().post("/api/trunks", "{\"name\":\"" + name + "\","
                + "\"host\":\"sip.carrier.example\",\"username\":\"acct\",\"password\":\"clear-text-password\"}");
        assertEquals(201, r.status(), r::toString);

        String sealed = storedSealedPassword(server, name);

        assertNotNull(sealed);
        assertFalse(sealed.contains("clear-text-password"));
        String decoded = new String(Base64.getDecoder().decode(sealed), StandardCharsets.UTF_8);
        assertFalse(decoded.contains("clear-text-password"));

        RestClient.Response newPassword = server.admin().put("/api/trunks/" + name, "{\"host\":\"sip.carrier.example\","
                + "\"username\":\"acct\",\"password\":\"another-password\"}");
        assertEquals(200, newPassword.status(), newPassword::toString);
        assertNotEquals(sealed, storedSealedPassword(server, name), "a new password is sealed anew");

        RestClient.Response noUsername = server.admin().put("/api/trunks/" + name,
                "{\"host\":\"sip.carrier.example\"}");
        assertEquals(200, noUsername.status(), noUsername::toString);
        assertFalse(noUsername.json().getBoolean("hasPassword"), "without a username the password goes");
        assertNull(storedSealedPassword(server, name));
    }

    @Test
    void invalidInputIsRefusedFieldByField(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/trunks", "{\"name\":\"Bad Name\",\"host\":\"not a host\","
                + "\"port\":70000,\"transport\":\"TLS\",\"callerIdNumber\":\"0123\",\"registerExpires\":5,"
                + "\"allowedSources\":[\"198.51.100.0/24\",\"10.0.0.300/8\"]}");

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("allowedSources", "callerIdNumber", "host", "name", "port", "registerExpires",
                "transport"), fieldsOf(r));
        assertTrue(r.body().contains("entry 2"), r::body);
    }

    @Test
    void requiredFieldsAreNamed(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/trunks", "{}");

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("host", "name"), fieldsOf(r));
    }

    @Test
    void registeringNeedsAUsernameAndAPassword(ParleyServer server) {
        RestClient.Response noUser = server.admin().post("/api/trunks", "{\"name\":\"" + freshName() + "\","
                + "\"host\":\"sip.carrier.example\",\"register\":true}");
        assertEquals(400, noUser.status(), noUser::toString);
        assertEquals(List.of("username"), fieldsOf(noUser));

        RestClient.Response noPassword = server.admin().post("/api/trunks", "{\"name\":\"" + freshName() + "\","
                + "\"host\":\"sip.carrier.example\",\"register\":true,\"username\":\"acct\"}");
        assertEquals(400, noPassword.status(), noPassword::toString);
        assertEquals(List.of("password"), fieldsOf(noPassword));

        RestClient.Response passwordAlone = server.admin().post("/api/trunks", "{\"name\":\"" + freshName() + "\","
                + "\"host\":\"sip.carrier.example\",\"password\":\"lonely-password\"}");
        assertEquals(400, passwordAlone.status(), passwordAlone::toString);
        assertEquals(List.of("password"), fieldsOf(passwordAlone));
    }

    @Test
    void aDuplicateNameIsAConflict(ParleyServer server) {
        String name = createTrunk(server);

        RestClient.Response r = server.admin().post("/api/trunks",
                "{\"name\":\"" + name + "\",\"host\":\"other.carrier.example\"}");

        assertEquals(409, r.status(), r::toString);
        assertEquals(List.of("name"), fieldsOf(r));
    }

    @Test
    void theNameOfATrunkCannotChange(ParleyServer server) {
        String name = createTrunk(server);

        RestClient.Response r = server.admin().put("/api/trunks/" + name,
                "{\"name\":\"" + freshName() + "\",\"host\":\"sip.carrier.example\"}");

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("name"), fieldsOf(r));
    }

    @Test
    void anUnknownTrunkIsNotFound(ParleyServer server) {
        assertEquals(404, server.admin().get("/api/trunks/no-such-trunk").status());
        assertEquals(404, server.admin().put("/api/trunks/no-such-trunk", "{\"host\":\"h.example\"}").status());
        assertEquals(404, server.admin().delete("/api/trunks/no-such-trunk").status());
    }

    @Test
    void ipv6HostsAreAcceptedInBrackets(ParleyServer server) {
        String name = freshName();
        RestClient.Response r = server.admin().post("/api/trunks",
                "{\"name\":\"" + name + "\",\"host\":\"[2001:db8::10]\",\"allowedSources\":[\"2001:db8::/48\"]}");

        assertEquals(201, r.status(), r::toString);
        assertEquals("2001:db8::10", r.json().getString("host"));
        assertEquals(5060, r.json().getInt("port"));
        assertEquals("UDP", r.json().getString("transport"));
        assertEquals(600, r.json().getInt("registerExpires"));
    }

    @Test
    void trunksNeedASignIn(ParleyServer server) {
        assertEquals(401, server.anonymous().get("/api/trunks").status());
        assertEquals(401, server.anonymous().post("/api/trunks", "{}").status());
    }

    @Test
    void theOpenApiDocumentDescribesTrunksRoutesAndNumbers(ParleyServer server) {
        OpenApiDocument.assertDescribes(server, List.of("/api/trunks", "/api/trunks/{name}", "/api/routes/outbound",
                "/api/routes/inbound/{did}", "/api/numbers/{dialed}"));
    }
}
