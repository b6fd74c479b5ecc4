package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * A carrier (SIPp on 127.0.0.2, the trunk's address) sends a call for a DID: it is not challenged, the inbound route
 * rings the extension, whose phone answers. The calling number is normalised to E.164; the record says INBOUND and
 * names the trunk. A DID with no inbound route is refused with 404.
 */
@ExtendWith(SharedParleyServer.class)
class TrunkInboundIT {

    @Test
    void aCallForADidRingsItsExtension(ParleyServer server) {
        String bob = Extensions.create(server, "bob-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");
        String national = Trunks.freshNationalNumber();
        String e164 = Trunks.e164(national);
        int carrierPort = Ports.freeTcpAndUdp();

        try (Trunks trunk = Trunks.create(server, carrierPort, "").routeInbound(national, bob)) {
            Sipp.Running bobAnswers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(300)));

            // the carrier writes the DID in E.164 without '+' and the caller in national format
            Sipp.Result call = Sipp.scenario("uac_trunk_call").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .service(e164.substring(1)).key("caller", "0612345678").pause(Duration.ofMillis(1000))
                    .timeout(Duration.ofSeconds(60)).against(server);

            assertTrue(call.allSucceeded(), () -> "answered without any challenge: " + call);
            Sipp.Result answered = bobAnswers.await();
            assertTrue(answered.allSucceeded(), answered::toString);

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("INBOUND", cdr.getString("direction"));
            assertEquals(trunk.name(), cdr.getString("trunk"));
            assertEquals("+33612345678", cdr.getString("callerNumber"), "the calling number in E.164");
            assertEquals(bob, cdr.getString("calleeNumber"));
            assertEquals(bobPhone.contact(), cdr.getString("answeredDevice"));
            assertEquals("ANSWERED", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, bob);
        }
    }

    @Test
    void aDidWithoutRouteIsNotFound(ParleyServer server) {
        int carrierPort = Ports.freeTcpAndUdp();
        try (Trunks trunk = Trunks.create(server, carrierPort, "");
                SipPhone carrier = SipPhone.open(server, Trunks.CARRIER_IP).identity("0612345678", "unused")) {
            String unrouted = Trunks.e164(Trunks.freshNationalNumber());

            SipPhone.Dialog attempt = carrier.invite(unrouted).withoutAuthentication().send();

            SipMessageText refused = attempt.awaitFinal();
            assertEquals(404, refused.status(), refused::toString);
        }
    }
}
