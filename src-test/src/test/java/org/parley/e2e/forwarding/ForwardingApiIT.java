package org.parley.e2e.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * {@code /api/extensions/{number}/forwarding} over HTTP: rules off by default, targets normalised, the toll-fraud
 * policy at configuration time (PARLEY_COUNTRY=FR, BE allowed on the test server), fields named in problem+json, and
 * self-service with the user's own password or token.
 */
@ExtendWith(SharedParleyServer.class)
class ForwardingApiIT {

    @Test
    void everyRuleIsOffUntilSwitchedOn(ParleyServer server) {
        String number = Extensions.create(server, "fw-password");

        JsonObject forwarding = server.admin().get(Forwardings.path(number)).json();

        for (String kind : List.of("unconditional", "busy", "noAnswer", "unavailable")) {
            assertFalse(forwarding.getJsonObject(kind).getBoolean("enabled"), kind + " is off: " + forwarding);
        }
        assertEquals(0, forwarding.getJsonArray("extraDevices").size());
    }

    @Test
    void rulesAndExtraDevicesAreStoredWithNumbersInE164(ParleyServer server) {
        String number = Extensions.create(server, "fw-password");
        String colleague = Extensions.create(server, "fw-password");

        Forwardings.set(server, number, "{\"unconditional\":{\"enabled\":true,\"target\":\"06 12 34 56 78\","
                + "\"callerId\":\"COMPANY\"},\"busy\":{\"enabled\":true,\"target\":\"" + colleague + "\"},"
                + "\"extraDevices\":[{\"number\":\"+32 2 234 56 78\"}]}");

        JsonObject stored = server.admin().get(Forwardings.path(number)).json();
        assertEquals("+33612345678", stored.getJsonObject("unconditional").getString("target"));
        assertEquals("COMPANY", stored.getJsonObject("unconditional").getString("callerId"));
        assertEquals(colleague, stored.getJsonObject("busy").getString("target"));
        assertEquals("ORIGINAL", stored.getJsonObject("busy").getString("callerId"));
        assertFalse(stored.getJsonObject("noAnswer").getBoolean("enabled"), "left out: off");
        assertEquals("+3222345678", stored.getJsonArray("extraDevices").getJsonObject(0).getString("number"),
                "Belgium is an allowed country");
    }

    @Test
    void anInternationalForwardIsRefusedNamingTheField(ParleyServer server) {
        String number = Extensions.create(server, "fw-password");

        RestClient.Response r = server.admin().put(Forwardings.path(number),
                Forwardings.rule("noAnswer", "+44 20 7946 0958", "ORIGINAL"));

        assertEquals(400, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("noAnswer.target", error.getString("field"));
        assertTrue(error.getString("message").contains("international"), error::toString);
        assertFalse(server.admin().get(Forwardings.path(number)).json().getJsonObject("noAnswer")
                .getBoolean("enabled"), "nothing was stored");
    }

    @Test
    void anInternationalExtraDeviceIsRefusedNamingTheField(ParleyServer server) {
        String number = Extensions.create(server, "fw-password");

        RestClient.Response r = server.admin().put(Forwardings.path(number),
                "{\"extraDevices\":[{\"number\":\"0612345678\"},{\"number\":\"+1 415 555 0100\"}]}");

        assertEquals(400, r.status(), r::toString);
        assertEquals("extraDevices[1].number", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void badFieldsAreNamed(ParleyServer server) {
        String number = Extensions.create(server, "fw-password");

        RestClient.Response r = server.admin().put(Forwardings.path(number),
                "{\"unconditional\":{\"enabled\":true},\"busy\":{\"enabled\":true,\"target\":\"" + number
                        + "\",\"callerId\":\"SOMEONE\"}}");

        assertEquals(400, r.status(), r::toString);
        List<String> fields = r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
        assertEquals(List.of("busy.callerId", "busy.target", "unconditional.target"), fields);
    }

    @Test
    void anUnknownExtensionIs404(ParleyServer server) {
        assertEquals(404, server.admin().get(Forwardings.path("99999999")).status());
    }

    @Test
    void usersChangeTheForwardingOfTheirOwnExtensionOnly(ParleyServer server) {
        String own = Extensions.create(server, "fw-password");
        String other = Extensions.create(server, "fw-password");
        Users.User agent = Users.create(server, "agent");
        RestClient.Response link = server.admin().put("/api/users/" + agent.username(),
                "{\"roles\":[\"agent\"],\"extension\":\"" + own + "\"}");
        assertEquals(200, link.status(), link::toString);
        String token = Users.token(server, agent, "forwarding");
        RestClient withToken = agent.rest(server).withAuthorization("Bearer " + token);

        RestClient.Response mine = withToken.put(Forwardings.path(own), Forwardings.rule("unconditional", other,
                "ORIGINAL"));
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(other, agent.rest(server).get(Forwardings.path(own)).json().getJsonObject("unconditional")
                .getString("target"));

        assertEquals(403, withToken.get(Forwardings.path(other)).status());
        RestClient.Response theirs = agent.rest(server).put(Forwardings.path(other),
                Forwardings.rule("unconditional", own, "ORIGINAL"));
        assertEquals(403, theirs.status(), theirs::toString);
        assertTrue(theirs.contentType().startsWith("application/problem+json"), theirs::toString);
    }

    @Test
    void theOpenApiDocumentDescribesForwarding(ParleyServer server) {
        JsonObject doc = server.anonymous().get("/openapi", "application/json").json();

        JsonObject path = doc.getJsonObject("paths").getJsonObject("/api/extensions/{number}/forwarding");
        assertTrue(path != null && path.containsKey("get") && path.containsKey("put"), doc::toString);
        assertTrue(doc.getJsonObject("components").getJsonObject("schemas").containsKey("ForwardingDto"),
                "the body is described");
    }

    @Test
    void extraDevicesAreListedAmongTheExtensionsDevices(ParleyServer server) {
        String number = Extensions.create(server, "fw-password");
        Forwardings.set(server, number, "{\"extraDevices\":[{\"number\":\"0612345678\"}]}");

        JsonObject device = server.admin().get("/api/extensions/" + number).json().getJsonArray("devices")
                .getJsonObject(0);

        assertEquals("external", device.getString("type"));
        assertEquals("+33612345678", device.getString("number"));
    }
}
