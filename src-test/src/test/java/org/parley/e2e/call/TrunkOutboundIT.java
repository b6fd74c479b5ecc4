package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;
import org.parley.test.support.SippTrace;

/**
 * An extension dials a national number; the outbound route for its prefix takes it to a trunk, whose carrier (SIPp on
 * 127.0.0.2) gets an INVITE for the E.164 number, presenting the trunk's caller ID in From and P-Asserted-Identity,
 * with the caller's SDP unchanged. The call record names the trunk, direction OUTBOUND.
 */
@ExtendWith(SharedParleyServer.class)
class TrunkOutboundIT {

    private static final String CALLER_ID = "+33199000001";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Test
    void aNationalNumberGoesToTheCarrierAsE164(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        String national = Trunks.freshNationalNumber();
        String e164 = Trunks.e164(national);
        int carrierPort = Ports.freeTcpAndUdp();

        try (Trunks trunk = Trunks.create(server, carrierPort, "\"callerIdNumber\":\"" + CALLER_ID + "\"")
                .routeOutbound(e164.substring(0, 8))) {
            Sipp.Running carrier = Sipp.scenario("uas_carrier").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .replace("EXPECTED_RURI_USER", "\\" + e164).traceMessages().pause(Duration.ofMillis(300))
                    .timeout(Duration.ofSeconds(60)).start(server).listeningOn(carrierPort);

            Sipp.Result call = alicePhone.call("uac_call", national,
                    s -> s.pause(Duration.ofMillis(1000)).traceMessages());

            assertTrue(call.allSucceeded(), call::toString);
            Sipp.Result carried = carrier.await();
            assertTrue(carried.allSucceeded(), () -> "the carrier got the call for " + e164 + ": " + carried);

            SipMessageText invite = SippTrace.firstRequest(carried, "INVITE");
            assertTrue(invite.firstLine()
                    .startsWith("INVITE sip:" + e164 + "@" + Trunks.CARRIER_IP + ":" + carrierPort),
                    invite::firstLine);
            assertTrue(invite.header("To").orElseThrow().contains("sip:" + e164 + "@"), invite::toString);
            assertTrue(invite.header("From").orElseThrow().contains("sip:" + CALLER_ID + "@"),
                    () -> "the trunk's caller ID in From: " + invite.header("From"));
            assertTrue(invite.header("P-Asserted-Identity").orElse("").contains("sip:" + CALLER_ID + "@"),
                    () -> "the trunk's caller ID asserted: " + invite);
            SipMessageText sentByCaller = SippTrace.sent(call).stream()
                    .filter(m -> m.firstLine().startsWith("INVITE ")).reduce((a, b) -> b).orElseThrow();
            assertEquals(sentByCaller.body(), invite.body(), "the caller's SDP reaches the carrier unchanged");

            JsonObject cdr = CallRecords.awaitOne(server, alice);
            assertEquals("OUTBOUND", cdr.getString("direction"));
            assertEquals(trunk.name(), cdr.getString("trunk"));
            assertEquals(e164, cdr.getString("calleeNumber"));
            assertEquals(alice, cdr.getString("callerNumber"));
            assertEquals("ANSWERED", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, alice, e164);
        }
    }

    /**
     * Two carriers, two routes: national numbers of one prefix go to the first trunk, international numbers of another
     * prefix to the second. An international number dialled with the 00 prefix reaches the second carrier in E.164.
     */
    @Test
    void theRouteForTheNumbersPrefixChoosesTheTrunk(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        RestClient.Response raised = server.admin().put("/api/extensions/" + alice, "{\"displayName\":\"Alice\","
                + "\"outboundClass\":[\"NATIONAL\",\"INTERNATIONAL\"]}");
        assertEquals(200, raised.status(), () -> "alice may call international numbers: " + raised);
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        String national = Trunks.freshNationalNumber();
        String london = String.format("+44207946%04d", NEXT.incrementAndGet() % 1000);
        int nationalPort = Ports.freeTcpAndUdp();
        int internationalPort = Ports.freeTcpAndUdp();

        try (Trunks nationalTrunk = Trunks.create(server, nationalPort, "").routeOutbound(Trunks.e164(national)
                .substring(0, 8));
                Trunks internationalTrunk = Trunks.create(server, internationalPort, "")
                        .routeOutbound("INTERNATIONAL", "+44207946")) {
            Sipp.Running londonCarrier = Sipp.scenario("uas_carrier").localIp(Trunks.CARRIER_IP)
                    .localPort(internationalPort).replace("EXPECTED_RURI_USER", "\\" + london).traceMessages()
                    .timeout(Duration.ofSeconds(60)).start(server).listeningOn(internationalPort);

            Sipp.Result call = alicePhone.call("uac_call", "00" + london.substring(1),
                    s -> s.pause(Duration.ofMillis(300)));

            assertTrue(call.allSucceeded(), call::toString);
            Sipp.Result carried = londonCarrier.await();
            assertTrue(carried.allSucceeded(), () -> "the international carrier got the call: " + carried);
            JsonObject cdr = CallRecords.awaitOne(server, alice);
            assertEquals(internationalTrunk.name(), cdr.getString("trunk"));
            assertEquals(london, cdr.getString("calleeNumber"));
            CallRecords.awaitNoActiveCallOf(server, alice, london);
        }
    }

    /**
     * A carrier that challenges the INVITE (407): Parley answers with the trunk's account, the password it keeps
     * sealed, and the call goes through.
     */
    @Test
    void aCarriersChallengeIsAnsweredWithTheTrunksAccount(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        String national = Trunks.freshNationalNumber();
        int carrierPort = Ports.freeTcpAndUdp();

        try (Trunks trunk = Trunks.create(server, carrierPort,
                "\"username\":\"acct-out\",\"password\":\"carrier-secret\"")
                .routeOutbound(Trunks.e164(national).substring(0, 8))) {
            Sipp.Running carrier = Sipp.scenario("uas_carrier_auth").user("acct-out", "carrier-secret")
                    .localIp(Trunks.CARRIER_IP).localPort(carrierPort).timeout(Duration.ofSeconds(60))
                    .start(server).listeningOn(carrierPort);

            Sipp.Result call = alicePhone.call("uac_call", national, s -> s.pause(Duration.ofMillis(300)));

            assertTrue(call.allSucceeded(), () -> "answered after the carrier's challenge: " + call);
            Sipp.Result carried = carrier.await();
            assertTrue(carried.allSucceeded(), carried::toString);
            JsonObject cdr = CallRecords.awaitOne(server, alice);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(trunk.name(), cdr.getString("trunk"));
            CallRecords.awaitNoActiveCallOf(server, alice);
        }
    }
}
