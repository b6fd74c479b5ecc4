package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippTrace;

/**
 * Unconditional forwarding: only the target rings, none of the extension's own devices; the call record keeps who
 * was called, who answered and the forward. Towards a carrier the forwarded INVITE carries Diversion (RFC 5806) and
 * History-Info (RFC 7044) and presents the number the rule chose.
 */
@ExtendWith(SharedParleyServer.class)
class UnconditionalForwardIT {

    /** The test server's PARLEY_COMPANY_NUMBER. */
    private static final String COMPANY_NUMBER = "+33298000000";

    @Test
    void onlyTheTargetExtensionRings(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Forwardings.set(server, p.bob, Forwardings.rule("unconditional", carol, "ORIGINAL"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog callee = carolPhone.awaitCall();
            assertTrue(callee.invite().header("From").orElseThrow().contains("sip:" + p.alice + "@"),
                    () -> "the original caller is shown: " + callee.invite());
            ForwardedCalls.assertNotRung(p.bobPhone);
            ForwardedCalls.answerAndHangUp(server, p.alice, caller, callee);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals(p.bob, cdr.getString("calleeNumber"), "who was called");
            assertEquals(carol, cdr.getString("answeredBy"), "who answered");
            assertEquals(carolPhone.contact(), cdr.getString("answeredDevice"));
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(List.of("FORWARD " + p.bob + ">" + carol + " unconditional"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void switchedOffTheExtensionRingsAgain(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server)) {
            Forwardings.set(server, p.bob, Forwardings.rule("unconditional", carol, "ORIGINAL"));
            Forwardings.set(server, p.bob, "{\"unconditional\":{\"enabled\":false,\"target\":\"" + carol + "\"}}");

            p.connect(SipPhone.offer("alice", 42000), SipPhone.offer("bob", 42100));

            JsonObject call = Calls.awaitState(server, p.alice, "ANSWERED");
            assertEquals(p.bob, call.getJsonObject("callee").getString("number"));
        }
    }

    @Test
    void aCarrierGetsDiversionHistoryInfoAndTheCompanyNumber(ParleyServer server) {
        String mobile = Trunks.freshNationalNumber();
        String mobileE164 = Trunks.e164(mobile);
        int carrierPort = Ports.freeTcpAndUdp();
        try (TwoPhones p = TwoPhones.register(server);
                Trunks trunk = Trunks.create(server, carrierPort, "").routeOutbound(mobileE164.substring(0, 8))) {
            Forwardings.set(server, p.bob, Forwardings.rule("unconditional", mobile, "COMPANY"));
            Sipp.Running carrier = Sipp.scenario("uas_carrier").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .replace("EXPECTED_RURI_USER", "\\" + mobileE164).traceMessages().pause(Duration.ofMillis(300))
                    .timeout(Duration.ofSeconds(60)).start(server).listeningOn(carrierPort);

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            ForwardedCalls.acknowledge(server, p.alice, caller);
            ForwardedCalls.assertNotRung(p.bobPhone);
            assertEquals(200, caller.bye().status());

            Sipp.Result carried = carrier.await();
            assertTrue(carried.allSucceeded(), () -> "the carrier got the forwarded call: " + carried);
            SipMessageText invite = SippTrace.firstRequest(carried, "INVITE");
            assertTrue(invite.header("From").orElseThrow().contains("sip:" + COMPANY_NUMBER + "@"),
                    () -> "the company number in From: " + invite);
            assertTrue(invite.header("P-Asserted-Identity").orElse("").contains("sip:" + COMPANY_NUMBER + "@"),
                    () -> "and asserted: " + invite);
            String diversion = invite.header("Diversion").orElseThrow(() -> new AssertionError("no Diversion: "
                    + invite));
            assertTrue(diversion.contains("sip:" + p.bob + "@") && diversion.contains("reason=unconditional"),
                    diversion);
            String history = invite.header("History-Info").orElseThrow(() -> new AssertionError(
                    "no History-Info: " + invite));
            assertTrue(history.contains("sip:" + p.bob + "@") && history.contains("index=1.1")
                    && history.contains("cause%3D302") && history.contains("sip:" + mobileE164 + "@"), history);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals(p.bob, cdr.getString("calleeNumber"));
            assertEquals(mobileE164, cdr.getString("answeredBy"));
            assertEquals(trunk.name(), cdr.getString("trunk"));
            assertEquals(List.of("FORWARD " + p.bob + ">" + mobileE164 + " unconditional"),
                    ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    /** A call from outside forwarded outside shows the original caller's number to the carrier (rule ORIGINAL). */
    @Test
    void anOutsideCallerIsShownToTheCarrierWithTheRuleOriginal(ParleyServer server) {
        String bob = Extensions.create(server, "bob-password");
        String did = Trunks.freshNationalNumber();
        String mobile = Trunks.freshNationalNumber();
        String mobileE164 = Trunks.e164(mobile);
        int carrierPort = Ports.freeTcpAndUdp();
        try (Trunks trunk = Trunks.create(server, carrierPort, "\"callerIdNumber\":\"+33199000001\"")
                .routeOutbound(mobileE164.substring(0, 8)).routeInbound(did, bob);
                SipPhone outside = SipPhone.open(server, Trunks.CARRIER_IP).identity("+33611223344", "unused")) {
            Forwardings.set(server, bob, Forwardings.rule("unconditional", mobile, "ORIGINAL"));
            Sipp.Running carrier = Sipp.scenario("uas_carrier").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .replace("EXPECTED_RURI_USER", "\\" + mobileE164).traceMessages().pause(Duration.ofMillis(300))
                    .timeout(Duration.ofSeconds(60)).start(server).listeningOn(carrierPort);

            SipPhone.Dialog caller = outside.invite(Trunks.e164(did)).withoutAuthentication().send();
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            ForwardedCalls.acknowledge(server, "+33611223344", caller);
            assertEquals(200, caller.bye().status());

            Sipp.Result carried = carrier.await();
            assertTrue(carried.allSucceeded(), carried::toString);
            SipMessageText invite = SippTrace.firstRequest(carried, "INVITE");
            assertTrue(invite.header("From").orElseThrow().contains("sip:+33611223344@"),
                    () -> "the original caller, not the trunk's caller ID: " + invite);
            assertTrue(invite.header("Diversion").orElse("").contains("sip:" + bob + "@"), invite::toString);

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("INBOUND", cdr.getString("direction"));
            assertEquals(List.of("FORWARD " + bob + ">" + mobileE164 + " unconditional"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, bob);
        }
    }
}
