package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Forwardings;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;

/**
 * An outside number added to an extension as a device rings through the carrier at the same time as the extension's
 * SIP phone; whichever answers first takes the call and the other is cancelled. Unlike unconditional forwarding,
 * the extension's own phone rings.
 */
@ExtendWith(SharedParleyServer.class)
class ExtraDeviceIT {

    @Test
    void theOutsidePhoneAnswersAndTheDeskPhoneIsCancelled(ParleyServer server) {
        String mobile = Trunks.freshNationalNumber();
        String mobileE164 = Trunks.e164(mobile);
        int carrierPort = Ports.freeTcpAndUdp();
        try (TwoPhones p = TwoPhones.register(server);
                Trunks trunk = Trunks.create(server, carrierPort, "").routeOutbound(mobileE164.substring(0, 8))) {
            Forwardings.set(server, p.bob, "{\"extraDevices\":[{\"number\":\"" + mobile + "\"}]}");
            Sipp.Running carrier = Sipp.scenario("uas_carrier").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .replace("EXPECTED_RURI_USER", "\\" + mobileE164).pause(Duration.ofMillis(1000))
                    .timeout(Duration.ofSeconds(60)).start(server).listeningOn(carrierPort);

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog desk = p.bobPhone.awaitCall();
            desk.ring();
            SipMessageText cancel = desk.awaitRequest("CANCEL");
            desk.respondTo(cancel, 200, null, "");
            desk.respond(487);
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertTrue(ok.body().contains("o=carrier "), () -> "the outside phone's answer: " + ok);
            ForwardedCalls.acknowledge(server, p.alice, caller);
            assertEquals(200, caller.bye().status());
            Sipp.Result carried = carrier.await();
            assertTrue(carried.allSucceeded(), carried::toString);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals(p.bob, cdr.getString("calleeNumber"));
            assertEquals(mobileE164, cdr.getString("answeredBy"));
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(List.of(), ForwardedCalls.hops(cdr), "an extra device is not a forward");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void theDeskPhoneAnswersAndTheOutsidePhoneIsCancelled(ParleyServer server) {
        String mobile = Trunks.freshNationalNumber();
        String mobileE164 = Trunks.e164(mobile);
        int carrierPort = Ports.freeTcpAndUdp();
        try (TwoPhones p = TwoPhones.register(server);
                Trunks trunk = Trunks.create(server, carrierPort, "").routeOutbound(mobileE164.substring(0, 8))) {
            Forwardings.set(server, p.bob, "{\"extraDevices\":[{\"number\":\"" + mobile + "\"}]}");
            Sipp.Running carrier = Sipp.scenario("uas_ring_cancelled").localIp(Trunks.CARRIER_IP)
                    .localPort(carrierPort).timeout(Duration.ofSeconds(60)).start(server).listeningOn(carrierPort);

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog desk = p.bobPhone.awaitCall();
            desk.ring();
            Calls.awaitRinging(server, p.alice, mobileE164);
            desk.respond(200, SipPhone.offer("desk", 43200));
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            ForwardedCalls.acknowledge(server, p.alice, caller);
            desk.awaitRequest("ACK");
            Sipp.Result cancelled = carrier.await();
            assertTrue(cancelled.allSucceeded(), () -> "the outside phone rang and got CANCEL: " + cancelled);
            TwoPhones.hangUp(new TwoPhones.Connected(caller, desk));

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals(p.bob, cdr.getString("answeredBy"));
            assertEquals(p.bobPhone.contact(), cdr.getString("answeredDevice"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
