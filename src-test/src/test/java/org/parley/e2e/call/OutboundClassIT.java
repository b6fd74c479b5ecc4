package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippTrace;

/**
 * Outbound calling classes through SIPp carriers: an extension of the default class (no international, no
 * premium-rate) dialling an international or a premium-rate number gets {@code 403} with a reason phrase and the
 * carrier gets nothing; once an administrator raises its class over REST, the carrier gets the INVITE. An emergency
 * number goes through even for an extension that may call nothing; forwarding to a premium-rate number is refused.
 */
@ExtendWith(SharedParleyServer.class)
class OutboundClassIT {

    @Test
    void theDefaultClassKeepsInternationalAndPremiumRateCallsFromTheCarriersUntilTheAdminRaisesIt(
            ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        assertEquals(List.of("INTERNAL", "NATIONAL", "MOBILE"), outboundClass(server, alice), "the safe default");
        String refusedLondon = london();
        String allowedLondon = london();
        String refusedPremium = premium();
        String allowedPremium = premium();
        int londonPort = Ports.freeTcpAndUdp();
        int premiumPort = Ports.freeTcpAndUdp();

        try (Trunks londonTrunk = Trunks.create(server, londonPort, "").routeOutbound("INTERNATIONAL", "+44207946");
                Trunks premiumTrunk = Trunks.create(server, premiumPort, "").routeOutbound("+33891");
                SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password")) {
            // each carrier fails its run if the first INVITE it gets is not for the number allowed later
            Sipp.Running londonCarrier = carrier(server, londonPort, allowedLondon);
            Sipp.Running premiumCarrier = carrier(server, premiumPort, allowedPremium);

            assertRefused(alicePhone, "00" + refusedLondon.substring(1), "International calls not allowed");
            assertRefused(alicePhone, "0" + refusedPremium.substring(3), "Premium-rate calls not allowed");
            Await.until(Duration.ofSeconds(10), "the refusal in the log", () -> server.logText().contains(
                    "Outbound calling class: call from " + alice + " to " + refusedLondon + " refused"));
            List<JsonObject> records = CallRecords.await(server, alice, 2);
            assertTrue(records.stream().allMatch(r -> "FAILED".equals(r.getString("disposition"))),
                    records::toString);

            RestClient.Response raised = server.admin().put("/api/extensions/" + alice, "{\"displayName\":\"Test "
                    + alice + "\",\"outboundClass\":[\"INTERNAL\",\"NATIONAL\",\"MOBILE\",\"INTERNATIONAL\","
                    + "\"PREMIUM_RATE\"]}");
            assertEquals(200, raised.status(), raised::toString);
            assertEquals(List.of("INTERNAL", "NATIONAL", "MOBILE", "PREMIUM_RATE", "INTERNATIONAL"),
                    outboundClass(server, alice));

            answeredAndHungUp(alicePhone, "00" + allowedLondon.substring(1));
            answeredAndHungUp(alicePhone, "0" + allowedPremium.substring(3));
            assertCarried(londonCarrier, allowedLondon);
            assertCarried(premiumCarrier, allowedPremium);
            CallRecords.awaitNoActiveCallOf(server, alice, allowedLondon, allowedPremium);
        }
    }

    @Test
    void anEmergencyNumberGoesThroughForAnExtensionThatMayCallNothing(ParleyServer server) {
        String bob = Extensions.freshNumber();
        RestClient.Response created = server.admin().post("/api/extensions", "{\"number\":\"" + bob
                + "\",\"displayName\":\"Test " + bob + "\",\"sipPassword\":\"bob-password\",\"outboundClass\":[]}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(List.of(), outboundClass(server, bob));
        int port = Ports.freeTcpAndUdp();

        try (Trunks emergencyTrunk = Trunks.create(server, port, "").routeEmergency();
                SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password")) {
            Sipp.Running carrier = carrier(server, port, "15");

            answeredAndHungUp(bobPhone, "15");

            assertCarried(carrier, "15");
            CallRecords.awaitNoActiveCallOf(server, bob, "15");
        }
    }

    @Test
    void aForwardToAPremiumRateNumberAndAnUnknownKindAreRefusedNamingTheField(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");

        RestClient.Response forward = server.admin().put("/api/extensions/" + carol + "/forwarding",
                "{\"unconditional\":{\"enabled\":true,\"target\":\"08 91 23 45 67\"}}");
        assertEquals(400, forward.status(), forward::toString);
        assertEquals("unconditional.target", field(forward));

        RestClient.Response devices = server.admin().put("/api/extensions/" + carol + "/forwarding",
                "{\"extraDevices\":[{\"number\":\"+44 909 876 5432\"}]}");
        assertEquals(400, devices.status(), devices::toString);
        assertEquals("extraDevices[0].number", field(devices));

        RestClient.Response badKind = server.admin().put("/api/extensions/" + carol, "{\"displayName\":\"Carol\","
                + "\"outboundClass\":[\"NATIONAL\",\"EVERYWHERE\"]}");
        assertEquals(400, badKind.status(), badKind::toString);
        assertEquals("outboundClass[1]", field(badKind));
        assertEquals(List.of("INTERNAL", "NATIONAL", "MOBILE"), outboundClass(server, carol), "nothing changed");

        String dave = Extensions.freshNumber();
        RestClient.Response badCreate = server.admin().post("/api/extensions", "{\"number\":\"" + dave
                + "\",\"displayName\":\"Dave\",\"sipPassword\":\"dave-password\",\"outboundClass\":[\"EMERGENCY\"]}");
        assertEquals(400, badCreate.status(), badCreate::toString);
        assertEquals("outboundClass[0]", field(badCreate));
        assertEquals(404, server.admin().get("/api/extensions/" + dave).status(), "nothing created");
    }

    private static Sipp.Running carrier(ParleyServer server, int port, String expectedUser) {
        return Sipp.scenario("uas_carrier").localIp(Trunks.CARRIER_IP).localPort(port)
                .replace("EXPECTED_RURI_USER", expectedUser.replace("+", "\\+")).traceMessages()
                .timeout(Duration.ofSeconds(60)).start(server).listeningOn(port);
    }

    private static void assertRefused(SipPhone phone, String dialled, String reasonPhrase) {
        SipMessageText refused = phone.call(dialled).awaitFinal();
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("SIP/2.0 403 " + reasonPhrase, refused.firstLine(), "the caller is told why");
    }

    private static void answeredAndHungUp(SipPhone phone, String dialled) {
        SipPhone.Dialog call = phone.call(dialled);
        SipMessageText answer = call.awaitFinal();
        assertEquals(200, answer.status(), answer::toString);
        call.ack();
        assertEquals(200, call.bye().status());
    }

    private static void assertCarried(Sipp.Running carrier, String user) {
        Sipp.Result carried = carrier.await();
        assertTrue(carried.allSucceeded(), () -> "the carrier got only the call for " + user + ": " + carried);
        assertTrue(SippTrace.firstRequest(carried, "INVITE").firstLine().startsWith("INVITE sip:" + user + "@"));
        assertEquals(1, SippTrace.received(carried).stream().filter(m -> m.firstLine().startsWith("INVITE "))
                .count(), "one INVITE reached the carrier");
    }

    private static List<String> outboundClass(ParleyServer server, String extension) {
        return server.admin().get("/api/extensions/" + extension).json().getJsonArray("outboundClass")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String field(RestClient.Response r) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** A London number (+44 20 7946 …, the range kept for drama) no other call of this run dials. */
    private static String london() {
        return String.format("+44207946%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    /** A French premium-rate number (+33 891 …). */
    private static String premium() {
        return String.format("+33891%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
