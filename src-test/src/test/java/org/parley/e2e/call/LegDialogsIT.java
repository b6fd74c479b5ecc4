package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Parley is a back-to-back user agent: each leg is a dialog of its own, with its own Call-ID, tags and CSeq
 * numbering, and nothing of the caller's routing (Via, Contact) leaks to the callee.
 */
@ExtendWith(SharedParleyServer.class)
class LegDialogsIT {

    @Test
    void eachLegHasItsOwnCallIdTagsAndCSeq(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();
            SipMessageText calleeInvite = callee.invite();
            SipMessageText callerInvite = caller.invite();

            assertNotEquals(caller.callId(), callee.callId(), "own Call-ID");
            assertNotEquals(SipPhone.fromTag(callerInvite), SipPhone.fromTag(calleeInvite), "own From tag");
            List<String> vias = calleeInvite.all("Via");
            assertEquals(1, vias.size(), () -> "only Parley's Via: " + vias);
            assertTrue(vias.get(0).contains(":" + server.sipPort()), vias::toString);
            assertFalse(calleeInvite.raw().contains(p.alicePhone.ip() + ":" + p.alicePhone.port()),
                    () -> "nothing names the caller's address:\n" + calleeInvite);
            assertTrue(calleeInvite.header("From").orElseThrow().contains("sip:" + p.alice + "@"),
                    () -> "the callee sees who calls: " + calleeInvite.header("From"));
            assertTrue(calleeInvite.header("To").orElseThrow().contains("sip:" + p.bob + "@"));

            callee.respond(200, SipPhone.offer("bob", 42000));
            SipMessageText ok = caller.awaitFinal();
            caller.ack();
            callee.awaitRequest("ACK");
            assertNotEquals(callee.localTag(), SipPhone.toTag(ok).orElseThrow(), "own To tag towards the caller");

            // the caller's CSeq jumps; the callee's leg counts on its own
            long calleeInviteCSeq = SipPhone.cseqNumber(calleeInvite);
            caller.nextCSeq(4711);
            SipPhone.Sent sent = caller.send("INFO", "application/dtmf-relay", "Signal=1\r\nDuration=100\r\n",
                    java.util.Map.of());
            SipMessageText info = callee.awaitRequest("INFO");
            callee.respondTo(info, 200, null, "");
            assertEquals(200, sent.awaitFinal().status());
            assertEquals(calleeInviteCSeq + 1, SipPhone.cseqNumber(info), info::toString);
            assertEquals(callee.callId(), info.header("Call-ID").orElseThrow());
            assertEquals(SipPhone.fromTag(calleeInvite), SipPhone.fromTag(info), "Parley's tag on bob's leg");

            SipMessageText byeAnswer = caller.bye();
            assertEquals(200, byeAnswer.status());
            SipMessageText bye = callee.awaitRequest("BYE");
            assertEquals(calleeInviteCSeq + 2, SipPhone.cseqNumber(bye), bye::toString);
            callee.respondTo(bye, 200, null, "");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
