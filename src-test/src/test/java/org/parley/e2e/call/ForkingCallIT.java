package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * Parallel forking: an extension with two registered devices; a call rings both, the second device answers, the
 * first gets CANCEL (200 + 487 + ACK) and the call record names the device that answered.
 */
@ExtendWith(SharedParleyServer.class)
class ForkingCallIT {

    @Test
    void bothDevicesRingOneAnswersTheOtherIsCancelled(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone desk = SippPhone.register(server, bob, "bob-password");
        SippPhone mobile = SippPhone.register(server, bob, "bob-password");

        Sipp.Running deskRings = desk.expect("uas_ring_cancelled", s -> s);
        Sipp.Running mobileAnswers = mobile.expect("uas_answer", s -> s.pause(Duration.ofMillis(700)));
        Sipp.Result call = alicePhone.call("uac_call", bob, s -> s.pause(Duration.ofMillis(1000)));

        assertTrue(call.allSucceeded(), call::toString);
        Sipp.Result answered = mobileAnswers.await();
        assertTrue(answered.allSucceeded(), () -> "the answering device: " + answered);
        Sipp.Result cancelled = deskRings.await();
        assertTrue(cancelled.allSucceeded(), () -> "the other device rang and got CANCEL: " + cancelled);

        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("ANSWERED", cdr.getString("disposition"));
        assertEquals(bob, cdr.getString("answeredBy"));
        assertEquals(mobile.contact(), cdr.getString("answeredDevice"), "the device that answered is recorded");
        assertEquals(alice, cdr.getString("endedBy"));
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
    }

    /**
     * Both devices answer at once: the caller gets one 200 (the first), and the device that answered second gets ACK
     * and then BYE (RFC 3261 §13.2.2.4), so that it does not stay off-hook alone.
     */
    @Test
    void whenBothDevicesAnswerTheSecondIsHungUp(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone mobile = SipPhone.registered(server, p.bob, "bob-password")) {
            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog desk = p.bobPhone.awaitCall();
            SipPhone.Dialog cell = mobile.awaitCall();

            desk.respond(200, SipPhone.offer("desk", 42000));
            cell.respond(200, SipPhone.offer("cell", 42100));

            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertTrue(p.alicePhone.poll(Duration.ofMillis(500), m -> m.isResponse() && m.status() == 200
                    && m.header("CSeq").orElse("").endsWith("INVITE")).isEmpty(), "one 200 only");
            caller.ack();
            String winner = ok.body().contains("o=desk ") ? "desk" : "cell";
            SipPhone.Dialog won = winner.equals("desk") ? desk : cell;
            SipPhone.Dialog lost = winner.equals("desk") ? cell : desk;
            won.awaitRequest("ACK");
            lost.awaitRequest("ACK");
            SipMessageText bye = lost.awaitRequest("BYE");
            lost.respondTo(bye, 200, null, "");

            JsonObject call = Calls.awaitState(server, p.alice, "ANSWERED");
            assertEquals(winner.equals("desk") ? p.bobPhone.contact() : mobile.contact(),
                    call.getJsonObject("answeredBy").getString("device"));
            TwoPhones.hangUp(new TwoPhones.Connected(caller, won));
            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
