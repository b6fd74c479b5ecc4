package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * Blind transfer with SIPp phones on both ends: the caller (SIPp, {@code uac_call_transferred}) is handed by the
 * callee's REFER to a target (SIPp, {@code uas_answer_late_offer}) that is rung without offer; the caller takes the
 * target's offer by re-INVITE, the target gets the answer in its ACK, and the caller's BYE reaches the target.
 */
@ExtendWith(SharedParleyServer.class)
class SippBlindTransferIT {

    @Test
    void sippPhonesAreConnectedByATransfer(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone carolPhone = SippPhone.register(server, carol, "carol-password");
        try (SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password")) {
            Sipp.Running target = carolPhone.expect("uas_answer_late_offer", s -> s.pause(Duration.ofMillis(300)));
            Sipp.Running caller = Sipp.scenario("uac_call_transferred").localPort(alicePhone.port()).service(bob)
                    .phone(alice, "alice-password", server.domain()).pause(Duration.ofMillis(1000))
                    .timeout(Duration.ofSeconds(60)).start(server);

            SipPhone.Dialog callee = bobPhone.awaitCall();
            callee.ring();
            callee.answer(BlindTransferIT.BOB_SDP);
            Calls.awaitState(server, alice, "ANSWERED");
            assertEquals(202, BlindTransferIT.refer(callee, carol, server).awaitFinal().status());
            assertEquals("SIP/2.0 100 Trying", BlindTransferIT.notified(callee, "active"));
            assertEquals("SIP/2.0 180 Ringing", BlindTransferIT.notified(callee, "active"));
            assertEquals("SIP/2.0 200 OK", BlindTransferIT.notified(callee, "terminated"));
            callee.respondTo(callee.awaitRequest("BYE"), 200, null, "");

            Sipp.Result called = caller.await();
            assertTrue(called.allSucceeded(), called::toString);
            Sipp.Result answered = target.await();
            assertTrue(answered.allSucceeded(), () -> "the target was rung without offer, got the answer and the"
                    + " BYE: " + answered);
            assertEquals(carol, CallRecords.awaitOne(server, alice).getString("answeredBy"));
        }
    }
}
