package org.parley.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.e2e.api.TrunkApiIT.createTrunk;
import static org.parley.e2e.api.TrunkApiIT.fieldsOf;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * {@code /api/routes/outbound}, {@code /api/routes/inbound} and {@code /api/numbers} over real HTTP, on the default
 * country (FR): routes referring to trunks and extensions, DIDs normalised to E.164, numbers classified.
 */
@ExtendWith(SharedParleyServer.class)
class RouteApiIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 10_000) * 100);

    private static String freshRouteName() {
        return "route-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** A Paris number (national format) no other test of this run routes: 01 9x xx xx xx. */
    private static String freshNationalDid() {
        return String.format("019%07d", NEXT.incrementAndGet());
    }

    private static String e164Of(String nationalDid) {
        return "+33" + nationalDid.substring(1);
    }

    private static String path(String dialed) {
        return URLEncoder.encode(dialed, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static RestClient.Response createOutbound(ParleyServer server, String name, int priority,
            String numberClass, String prefix, String trunk) {
        return server.admin().post("/api/routes/outbound", "{\"name\":\"" + name + "\",\"priority\":" + priority
                + ",\"numberClass\":\"" + numberClass + "\"" + (prefix == null ? "" : ",\"prefix\":\"" + prefix + "\"")
                + ",\"trunk\":\"" + trunk + "\"}");
    }

    @Test
    void outboundRoutesCreateReadUpdateListDelete(ParleyServer server) {
        RestClient api = server.admin();
        String trunk = createTrunk(server);
        String other = createTrunk(server);
        String name = freshRouteName();

        RestClient.Response created = createOutbound(server, name, 7, "national", "+331", trunk);

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/routes/outbound/" + name));
        JsonObject route = created.json();
        assertEquals(7, route.getInt("priority"));
        assertEquals("NATIONAL", route.getString("numberClass"));
        assertEquals("+331", route.getString("prefix"));
        assertEquals(trunk, route.getString("trunk"));

        assertEquals(trunk, api.get("/api/routes/outbound/" + name).json().getString("trunk"));

        RestClient.Response updated = api.put("/api/routes/outbound/" + name,
                "{\"priority\":3,\"numberClass\":\"INTERNATIONAL\",\"trunk\":\"" + other + "\"}");
        assertEquals(200, updated.status(), updated::toString);
        JsonObject changed = api.get("/api/routes/outbound/" + name).json();
        assertEquals(3, changed.getInt("priority"));
        assertEquals("INTERNATIONAL", changed.getString("numberClass"));
        assertFalse(changed.containsKey("prefix"), changed::toString);
        assertEquals(other, changed.getString("trunk"));

        List<JsonObject> items = api.get("/api/routes/outbound?size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(items.stream().anyMatch(r -> r.getString("name").equals(name)));
        List<Integer> priorities = items.stream().map(r -> r.getInt("priority")).toList();
        assertEquals(priorities.stream().sorted().toList(), priorities, "listed in the order they are tried");

        assertEquals(204, api.delete("/api/routes/outbound/" + name).status());
        assertEquals(404, api.get("/api/routes/outbound/" + name).status());
    }

    @Test
    void aRouteToAnUnknownTrunkNamesTheTrunk(ParleyServer server) {
        RestClient.Response r = createOutbound(server, freshRouteName(), 1, "ANY", null, "no-such-trunk");

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("trunk"), fieldsOf(r));
    }

    @Test
    void invalidOutboundRoutesAreRefusedFieldByField(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/routes/outbound",
                "{\"name\":\"Bad Name\",\"priority\":-1,\"numberClass\":\"LOCAL\",\"prefix\":\"33\"}");

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("name", "numberClass", "prefix", "priority", "trunk"), fieldsOf(r));
    }

    @Test
    void anEmergencyRouteHasNoPrefix(ParleyServer server) {
        RestClient.Response r = createOutbound(server, freshRouteName(), 1, "EMERGENCY", "+33", createTrunk(server));

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("prefix"), fieldsOf(r));
    }

    @Test
    void aDuplicateRouteNameIsAConflict(ParleyServer server) {
        String trunk = createTrunk(server);
        String name = freshRouteName();
        assertEquals(201, createOutbound(server, name, 1, "ANY", null, trunk).status());

        RestClient.Response r = createOutbound(server, name, 2, "ANY", null, trunk);

        assertEquals(409, r.status(), r::toString);
        assertEquals(List.of("name"), fieldsOf(r));
    }

    @Test
    void aTrunkInUseCannotBeDeleted(ParleyServer server) {
        String trunk = createTrunk(server);
        String name = freshRouteName();
        assertEquals(201, createOutbound(server, name, 1, "ANY", null, trunk).status());

        RestClient.Response refused = server.admin().delete("/api/trunks/" + trunk);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("outbound routes"), refused::body);
        assertEquals(200, server.admin().get("/api/trunks/" + trunk).status(), "the trunk is still there");

        assertEquals(204, server.admin().delete("/api/routes/outbound/" + name).status());
        assertEquals(204, server.admin().delete("/api/trunks/" + trunk).status());
    }

    @Test
    void inboundRoutesCreateReadUpdateListDelete(ParleyServer server) {
        RestClient api = server.admin();
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String national = freshNationalDid();
        String did = e164Of(national);
        String spaced = national.replaceAll("(..)", "$1 ").strip();

        RestClient.Response created = api.post("/api/routes/inbound",
                "{\"did\":\"" + spaced + "\",\"extension\":\"" + alice + "\"}");

        assertEquals(201, created.status(), created::toString);
        assertEquals(did, created.json().getString("did"), "stored in E.164");
        assertEquals(alice, created.json().getString("extension"));
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/routes/inbound/" + did),
                () -> created.header("Location").orElseThrow());

        assertEquals(alice, api.get("/api/routes/inbound/" + path(did)).json().getString("extension"));
        assertEquals(alice, api.get("/api/routes/inbound/" + national).json().getString("extension"),
                "found by its national form too");

        RestClient.Response updated = api.put("/api/routes/inbound/" + path(did),
                "{\"extension\":\"" + bob + "\"}");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(bob, api.get("/api/routes/inbound/" + path(did)).json().getString("extension"));

        assertTrue(api.get("/api/routes/inbound?size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("did").equals(did)));

        assertEquals(204, api.delete("/api/routes/inbound/" + national).status());
        assertEquals(404, api.get("/api/routes/inbound/" + path(did)).status());
    }

    @Test
    void aDidIsRoutedOnce(ParleyServer server) {
        String extension = Extensions.create(server, "some-password");
        String national = freshNationalDid();
        assertEquals(201, server.admin().post("/api/routes/inbound",
                "{\"did\":\"" + national + "\",\"extension\":\"" + extension + "\"}").status());

        RestClient.Response r = server.admin().post("/api/routes/inbound",
                "{\"did\":\"" + e164Of(national) + "\",\"extension\":\"" + extension + "\"}");

        assertEquals(409, r.status(), r::toString);
        assertEquals(List.of("did"), fieldsOf(r));
    }

    @Test
    void anInboundRouteNeedsAPhoneNumberAndAnExistingExtension(ParleyServer server) {
        RestClient.Response r = server.admin().post("/api/routes/inbound",
                "{\"did\":\"12ab\",\"extension\":\"" + Extensions.freshNumber() + "\"}");

        assertEquals(400, r.status(), r::toString);
        assertEquals(List.of("did", "extension"), fieldsOf(r));

        RestClient.Response missing = server.admin().post("/api/routes/inbound", "{\"extension\":\"x\"}");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals(List.of("did", "extension"), fieldsOf(missing));
    }

    @Test
    void numbersAreClassifiedAndNormalised(ParleyServer server) {
        RestClient api = server.admin();
        String extension = Extensions.create(server, "numbers-password");

        JsonObject national = api.get("/api/numbers/" + path("0033 1 23 45 67 89")).json();
        assertEquals("NATIONAL", national.getString("numberClass"));
        assertEquals("+33123456789", national.getString("normalized"));
        assertEquals("0033 1 23 45 67 89", national.getString("dialed"));
        assertEquals("FR", national.getString("country"));

        JsonObject international = api.get("/api/numbers/" + path("+1 415 555 0100")).json();
        assertEquals("INTERNATIONAL", international.getString("numberClass"));
        assertEquals("+14155550100", international.getString("normalized"));

        JsonObject emergency = api.get("/api/numbers/112").json();
        assertEquals("EMERGENCY", emergency.getString("numberClass"));
        assertEquals("112", emergency.getString("normalized"));

        JsonObject internal = api.get("/api/numbers/" + extension).json();
        assertEquals("INTERNAL", internal.getString("numberClass"));
        assertEquals(extension, internal.getString("normalized"));

        JsonObject invalid = api.get("/api/numbers/" + path("call me")).json();
        assertEquals("INVALID", invalid.getString("numberClass"));
    }

    @Test
    void routesNeedASignIn(ParleyServer server) {
        assertEquals(401, server.anonymous().get("/api/routes/outbound").status());
        assertEquals(401, server.anonymous().get("/api/routes/inbound").status());
        assertEquals(401, server.anonymous().get("/api/numbers/112").status());
    }
}
