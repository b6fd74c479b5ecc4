package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Crm;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.e2e.Users;
import org.parley.test.support.Await;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * Every call traced without typing: a finished call whose caller is a known contact becomes one call communication
 * "to be filed", linked to its call record, owned by the user whose extension answered, with the contact's only open
 * case suggested; one per call across a forward. While a known contact's call rings, {@code call.contact} on
 * {@code /api/events} says who is calling.
 */
@ExtendWith(SharedParleyServer.class)
class CallTracingIT {

    /** A user (agent) linked to {@code extension}. */
    private static Users.User userOf(ParleyServer server, String extension) {
        String username = Users.freshName("agent");
        String password = "pw-" + username + "-secret";
        Crm.created(server.admin(), "/api/users", "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"roles\":[\"agent\"],\"extension\":\"" + extension + "\"}");
        return new Users.User(username, password);
    }

    private static List<JsonObject> communicationsOf(ParleyServer server, long contact) {
        return server.admin().get("/api/communications?contact=" + contact).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject awaitCommunication(ParleyServer server, long contact) {
        return Await.value(Duration.ofSeconds(20), "the call traced for contact " + contact,
                () -> communicationsOf(server, contact).stream().findFirst().orElse(null), c -> c != null);
    }

    @Test
    void aCallFromAContactThroughATrunkIsTracedToBeFiled(ParleyServer server) {
        String bob = Extensions.create(server, "bob-password");
        Users.User bobUser = userOf(server, bob);
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");
        String mobile = Crm.freshMobile();
        long contact = Crm.contact(server, Crm.freshName("Caller"), Crm.e164(mobile)).getJsonNumber("id")
                .longValue();
        long openCase = Crm.caseFile(server, contact, bobUser.username()).getJsonNumber("id").longValue();
        String national = Trunks.freshNationalNumber();
        int carrierPort = Ports.freeTcpAndUdp();

        try (Trunks trunk = Trunks.create(server, carrierPort, "").routeInbound(national, bob)) {
            Sipp.Running bobAnswers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(300)));
            // the carrier presents the contact's number in national format
            Sipp.Result call = Sipp.scenario("uac_trunk_call").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .service(Trunks.e164(national).substring(1)).key("caller", mobile)
                    .pause(Duration.ofMillis(1200)).timeout(Duration.ofSeconds(60)).against(server);
            assertTrue(call.allSucceeded(), call::toString);
            assertTrue(bobAnswers.await().allSucceeded());

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            JsonObject traced = awaitCommunication(server, contact);
            assertEquals(cdr.getString("id"), traced.getString("callId"), "linked to its call record");
            assertEquals("INCOMING", traced.getString("direction"));
            assertEquals(contact, traced.getJsonObject("sender").getJsonNumber("contact").longValue());
            assertEquals(bobUser.username(), traced.getJsonObject("recipient").getString("user"));
            assertEquals(bobUser.username(), traced.getString("owner"));
            assertFalse(traced.getBoolean("processed"));
            assertTrue(traced.getInt("durationSeconds") >= 1, traced::toString);
            assertFalse(traced.containsKey("case"), "to be filed");
            assertEquals(openCase, traced.getJsonNumber("suggestedCase").longValue());

            // on the agent's "to be filed" list; filed on the suggested case it leaves it
            RestClient agent = bobUser.rest(server);
            long id = traced.getJsonNumber("id").longValue();
            assertTrue(ids(agent.get("/api/communications?filed=false")).contains(id));
            RestClient.Response filed = agent.send("PATCH", "/api/communications/" + id, "application/json",
                    "{\"case\":" + openCase + ",\"processed\":true}");
            assertEquals(200, filed.status(), filed::toString);
            assertFalse(ids(agent.get("/api/communications?filed=false")).contains(id));
            CallRecords.awaitNoActiveCallOf(server, bob);
        }
    }

    @Test
    void aForwardedCallBetweenExtensionsIsTracedOnce(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        Users.User carolUser = userOf(server, carol);
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            // alice's desk phone is a known contact's (a partner working on site)
            long contact = Crm.contact(server, Crm.freshName("Partner"), p.alice).getJsonNumber("id").longValue();
            Forwardings.set(server, p.bob, Forwardings.rule("unconditional", carol, "ORIGINAL"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog callee = carolPhone.awaitCall();
            ForwardedCalls.answerAndHangUp(server, p.alice, caller, callee);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            JsonObject traced = awaitCommunication(server, contact);
            assertEquals(cdr.getString("id"), traced.getString("callId"));
            assertEquals(carolUser.username(), traced.getJsonObject("recipient").getString("user"),
                    "the extension that answered after the forward");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
            assertEquals(1, communicationsOf(server, contact).size(), "one communication per call");
        }
    }

    @Test
    void aCrmHearsWhoIsCallingWhileThePhoneRings(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server); EventStream events = EventStream.open(server)) {
            JsonObject contact = Crm.contact(server, Crm.freshName("Ringing"), p.alice);
            JsonObject openCase = Crm.caseFile(server, contact.getJsonNumber("id").longValue());

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            p.bobPhone.awaitCall().ring();

            JsonObject pop = events.await("call.contact for a call from " + p.alice, Duration.ofSeconds(20),
                    e -> e.name().equals("call.contact") && e.json().getString("number").equals(p.alice)).json();
            assertTrue(pop.getBoolean("known"));
            assertEquals(contact.getString("name"), pop.getJsonObject("contact").getString("name"));
            assertEquals(openCase.getString("reference"),
                    pop.getJsonArray("openCases").getJsonObject(0).getString("reference"));
            assertEquals(List.of(p.bob), pop.getJsonArray("extensions").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals(pop.getString("callId"), pop.getJsonObject("call").getString("id"));
            assertEquals(200, caller.cancel().status());
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    private static List<Long> ids(RestClient.Response page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
