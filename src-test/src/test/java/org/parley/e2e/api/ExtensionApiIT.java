package org.parley.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code /api/extensions} over real HTTP: CRUD, sign-in, validation and errors as problem+json. */
@ExtendWith(SharedParleyServer.class)
class ExtensionApiIT {

    @Test
    void createReadUpdateListDelete(ParleyServer server) {
        RestClient api = server.admin();
        String number = Extensions.freshNumber();

        RestClient.Response created = api.post("/api/extensions",
                "{\"number\":\"" + number + "\",\"displayName\":\"Alice Martin\",\"sipPassword\":\"s3cret-pass\"}");
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/extensions/" + number));
        assertEquals("Alice Martin", created.json().getString("displayName"));
        assertFalse(created.body().contains("s3cret-pass"), "the password is never returned");
        assertFalse(created.json().containsKey("sipPassword"));

        JsonObject read = api.get("/api/extensions/" + number).json();
        assertEquals(number, read.getString("number"));
        assertEquals(List.of(), read.getJsonArray("devices"));

        RestClient.Response updated = api.put("/api/extensions/" + number, "{\"displayName\":\"Alice M.\"}");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Alice M.", api.get("/api/extensions/" + number).json().getString("displayName"));

        JsonObject page = api.get("/api/extensions?size=500").json();
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("number").equals(number)));
        assertTrue(page.getInt("total") >= 1);
        assertEquals(500, page.getInt("size"));

        assertEquals(204, api.delete("/api/extensions/" + number).status());
        RestClient.Response gone = api.get("/api/extensions/" + number);
        assertEquals(404, gone.status());
        assertEquals("application/problem+json", gone.contentType().split(";")[0]);
    }

    @Test
    void invalidInputIsRefusedFieldByField(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/extensions",
                "{\"number\":\"12ab\",\"displayName\":\"\",\"sipPassword\":\"short\"}");

        assertEquals(400, r.status());
        assertEquals("application/problem+json", r.contentType().split(";")[0]);
        JsonObject problem = r.json();
        assertEquals(400, problem.getInt("status"));
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
        assertEquals(List.of("displayName", "number", "sipPassword"), fields);
    }

    @Test
    void aMissingPasswordOnCreationIsNamed(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/extensions",
                "{\"number\":\"" + Extensions.freshNumber() + "\",\"displayName\":\"No Password\"}");

        assertEquals(400, r.status());
        assertEquals("sipPassword", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aDuplicateNumberIsAConflict(ParleyServer server) {
        String number = Extensions.create(server, "first-password");

        RestClient.Response r = server.admin().post("/api/extensions",
                "{\"number\":\"" + number + "\",\"displayName\":\"Again\",\"sipPassword\":\"second-password\"}");

        assertEquals(409, r.status(), r::toString);
        assertEquals("number", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void malformedJsonIsABadRequestNamingTheProperty(ParleyServer server) {
        RestClient.Response truncated = server.admin().post("/api/extensions", "{\"number\":");
        assertEquals(400, truncated.status());
        assertEquals("application/problem+json", truncated.contentType().split(";")[0]);

        RestClient.Response wrongType = server.admin().post("/api/extensions", "{\"number\":{\"a\":1}}");
        assertEquals(400, wrongType.status());
        assertEquals("number", wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theNumberOfAnExtensionCannotChange(ParleyServer server) {
        String number = Extensions.create(server, "some-password");

        RestClient.Response r = server.admin().put("/api/extensions/" + number,
                "{\"number\":\"" + Extensions.freshNumber() + "\",\"displayName\":\"Moved\"}");

        assertEquals(400, r.status());
        assertEquals("number", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void badPagingIsNamed(ParleyServer server) {
        RestClient.Response r = server.admin().get("/api/extensions?size=0");

        assertEquals(400, r.status());
        assertEquals("size", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theApiNeedsASignIn(ParleyServer server) {
        RestClient.Response anonymous = server.anonymous().get("/api/extensions");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals("application/problem+json", anonymous.contentType().split(";")[0]);

        RestClient.Response wrong = new RestClient(server.baseUrl(), "admin", "not-the-password").get("/api/extensions");
        assertEquals(401, wrong.status());

        assertEquals(401, server.anonymous().get("/api/registrations").status());
        assertEquals(401, server.anonymous().post("/api/extensions", "{}").status());
    }

    @Test
    void healthIsOpenAndTellsWhereSipListens(ParleyServer server) {
        RestClient.Response health = server.anonymous().get("/health/ready");

        assertEquals(200, health.status());
        JsonObject sip = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("sip")).findFirst().orElseThrow();
        assertEquals("UP", sip.getString("status"));
        assertEquals("127.0.0.1:" + server.sipPort(), sip.getJsonObject("data").getString("udp"));
        assertEquals("127.0.0.1:" + server.sipPort(), sip.getJsonObject("data").getString("tcp"));
        assertEquals("127.0.0.1:" + server.wsPort(), sip.getJsonObject("data").getString("ws"));
    }

    @Test
    void theOpenApiDocumentDescribesTheExtensionsResource(ParleyServer server) {
        RestClient.Response doc = server.anonymous().get("/openapi", "application/json");

        assertEquals(200, doc.status());
        assertTrue(doc.json().getJsonObject("paths").containsKey("/api/extensions"), doc::body);
    }
}
