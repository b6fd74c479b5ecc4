package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippTrace;

/**
 * An answered call forwarded to a full outside number (blind transfer through the trunk, a SIPp carrier): the
 * carrier gets the E.164 number without an offer, its answer's session goes to the remaining party, the transferor
 * hears 200 OK and is hung up; the record keeps the transfer and the trunk. An international number (relative to
 * {@code PARLEY_COUNTRY}, FR here) is refused: 403 by NOTIFY to a REFER, 400 naming {@code target} to the API.
 */
@ExtendWith(SharedParleyServer.class)
class ExternalTransferIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Test
    void anAnsweredCallIsForwardedToANationalNumber(ParleyServer server) {
        String national = Trunks.freshNationalNumber();
        String e164 = Trunks.e164(national);
        int carrierPort = Ports.freeTcpAndUdp();
        try (TwoPhones p = TwoPhones.register(server);
                Trunks trunk = Trunks.create(server, carrierPort, "").routeOutbound(e164.substring(0, 8))) {
            Sipp.Running carrier = Sipp.scenario("uas_carrier").localIp(Trunks.CARRIER_IP).localPort(carrierPort)
                    .replace("EXPECTED_RURI_USER", "\\" + e164).traceMessages().pause(Duration.ofMillis(300))
                    .timeout(Duration.ofSeconds(60)).start(server).listeningOn(carrierPort);
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);

            assertEquals(202, BlindTransferIT.refer(call.callee(), national, server).awaitFinal().status());
            assertEquals("SIP/2.0 100 Trying", BlindTransferIT.notified(call.callee(), "active"));
            assertEquals("SIP/2.0 180 Ringing", BlindTransferIT.notified(call.callee(), "active"));
            SipMessageText reInvite = call.caller().awaitRequest("INVITE");
            assertTrue(reInvite.body().contains("o=carrier"), "the caller gets the carrier's session: " + reInvite);
            call.caller().respondTo(reInvite, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            assertEquals("SIP/2.0 200 OK", BlindTransferIT.notified(call.callee(), "terminated"));
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");

            assertEquals(200, call.caller().bye().status());
            Sipp.Result carried = carrier.await();
            assertTrue(carried.allSucceeded(), () -> "the carrier took the call and its end: " + carried);
            SipMessageText invite = SippTrace.firstRequest(carried, "INVITE");
            assertEquals("", invite.body(), "rung without an offer");
            assertEquals(BlindTransferIT.ALICE_AGAIN, SippTrace.firstRequest(carried, "ACK").body(),
                    "the caller's answer in the ACK");

            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(national, record.getJsonArray("hops").getJsonObject(0).getString("to"), record::toString);
            assertEquals("ANSWERED", record.getString("disposition"));
        }
    }

    @Test
    void anInternationalNumberIsRefused(ParleyServer server) {
        String london = String.format("+44207946%04d", NEXT.incrementAndGet() % 1000);
        try (TwoPhones p = TwoPhones.register(server);
                Trunks trunk = Trunks.create(server, Ports.freeTcpAndUdp(), "")
                        .routeOutbound("INTERNATIONAL", "+44207946")) {
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);

            assertEquals(202, BlindTransferIT.refer(call.callee(), london, server).awaitFinal().status());
            assertEquals("SIP/2.0 100 Trying", BlindTransferIT.notified(call.callee(), "active"));
            assertEquals("SIP/2.0 403 Forbidden", BlindTransferIT.notified(call.callee(), "terminated"));

            String id = Calls.from(server, p.alice).orElseThrow().getString("id");
            Calls.awaitState(server, p.alice, "ANSWERED");
            TransferApiIT.assertField(TransferApiIT.transfer(server, id, "{\"target\":\"" + london
                    + "\",\"mode\":\"blind\"}"), "target");

            TwoPhones.hangUp(call);
            assertEquals(0, CallRecords.awaitOne(server, p.alice).getJsonArray("hops").size());
        }
    }
}
