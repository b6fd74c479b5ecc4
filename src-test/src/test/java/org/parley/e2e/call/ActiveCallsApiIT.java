package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * {@code /api/calls}: a call in progress is listed with its parties, state and legs (one per device rung) while it
 * rings and once answered; {@code GET /api/calls/{id}} shows it; {@code DELETE /api/calls/{id}} hangs it up (both
 * phones get BYE); only signed-in users see any of it.
 */
@ExtendWith(SharedParleyServer.class)
class ActiveCallsApiIT {

    @Test
    void aCallIsListedWithItsLegsAndCanBeHungUp(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone mobile = SipPhone.registered(server, p.bob, "bob-password")) {
            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog desk = p.bobPhone.awaitCall();
            SipPhone.Dialog cell = mobile.awaitCall();
            desk.ring();
            cell.ring();
            caller.awaitResponse(180);

            // the call rings from the first 180; the other device's 180 may be reported a moment later
            Map<String, String> bothRinging = Map.of(p.bobPhone.contact(), "RINGING", mobile.contact(), "RINGING");
            JsonObject ringing = Await.value(Duration.ofSeconds(10), "both of " + p.bob + "'s devices ringing",
                    () -> Calls.from(server, p.alice), c -> c.isPresent()
                            && c.get().getString("state").equals("RINGING")
                            && deviceStates(c.get()).equals(bothRinging)).orElseThrow();
            assertEquals("INTERNAL", ringing.getString("direction"));
            assertEquals(p.bob, ringing.getJsonObject("callee").getString("number"));
            assertTrue(ringing.containsKey("createdAt"), ringing::toString);
            assertEquals(1, ringing.getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("role").equals("ORIGIN")).count(), ringing::toString);

            desk.respond(200, SipPhone.offer("bob", 42000));
            assertEquals(200, caller.awaitFinal().status());
            caller.ack();
            desk.awaitRequest("ACK");
            SipMessageText cancel = cell.awaitRequest("CANCEL");
            cell.respondTo(cancel, 200, null, "");
            cell.respond(487);

            JsonObject answered = Calls.awaitState(server, p.alice, "ANSWERED");
            String id = answered.getString("id");
            assertEquals(p.bobPhone.contact(), answered.getJsonObject("answeredBy").getString("device"));
            JsonObject one = server.admin().get("/api/calls/" + id).json();
            assertEquals(id, one.getString("id"));
            assertEquals("ANSWERED", one.getString("state"));

            RestClient.Response hangup = server.admin().delete("/api/calls/" + id);
            assertEquals(204, hangup.status(), hangup::toString);
            SipMessageText byeToCaller = caller.awaitRequest("BYE");
            caller.respondTo(byeToCaller, 200, null, "");
            SipMessageText byeToCallee = desk.awaitRequest("BYE");
            desk.respondTo(byeToCallee, 200, null, "");

            Await.until(Duration.ofSeconds(5), "the call gone from /api/calls/" + id,
                    () -> server.admin().get("/api/calls/" + id).status() == 404);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertFalse(cdr.containsKey("endedBy"), () -> "hung up through the API, not by a phone: " + cdr);
        }
    }

    @Test
    void hangingUpARingingCallCancelsItsDevicesAndRefusesTheCaller(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog desk = p.bobPhone.awaitCall();
            desk.ring();
            caller.awaitResponse(180);
            String id = Calls.awaitState(server, p.alice, "RINGING").getString("id");

            assertEquals(204, server.admin().delete("/api/calls/" + id).status());

            SipMessageText cancel = desk.awaitRequest("CANCEL");
            desk.respondTo(cancel, 200, null, "");
            desk.respond(487);
            SipMessageText refused = caller.awaitFinal();
            assertEquals(480, refused.status(), refused::toString);
            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("CANCELLED", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void hangingUpAnUnknownCallIsNotFound(ParleyServer server) {
        RestClient.Response r = server.admin().delete("/api/calls/no-such-call");
        assertEquals(404, r.status(), r::toString);
    }

    @Test
    void callsAreForSignedInUsersOnly(ParleyServer server) {
        assertEquals(401, server.anonymous().get("/api/calls").status());
        assertEquals(401, server.anonymous().delete("/api/calls/whatever").status());
        assertEquals(401, server.anonymous().post("/api/calls", "{\"from\":\"1\",\"to\":\"2\"}").status());
    }

    private static Map<String, String> deviceStates(JsonObject call) {
        return destinationLegs(call).stream().collect(Collectors.toMap(
                l -> l.getString("device"), l -> l.getString("state")));
    }

    private static List<JsonObject> destinationLegs(JsonObject call) {
        return call.getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("role").equals("DESTINATION")).toList();
    }
}
