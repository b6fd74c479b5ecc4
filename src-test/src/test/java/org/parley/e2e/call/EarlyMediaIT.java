package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Early media: the called phone answers 183 Session Progress with SDP (a ring-back tone or an announcement of its
 * own); the caller gets a 183 with that very SDP, then the 200 with the final answer.
 */
@ExtendWith(SharedParleyServer.class)
class EarlyMediaIT {

    @Test
    void a183WithSdpIsRelayedWithItsBody(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            String offer = SipPhone.offer("alice", 41000);
            String early = SipPhone.sdp("bob-early", 42000, "sendonly", 1);
            String answer = SipPhone.offer("bob", 42002);

            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).body(offer).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();
            callee.respond(183, early);

            SipMessageText progress = caller.awaitResponse(183);
            assertEquals(early, progress.body(), "the early media SDP reaches the caller unchanged");
            assertEquals("application/sdp", progress.header("Content-Type").orElse(""));

            callee.respond(200, answer);
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertEquals(answer, ok.body());
            caller.ack();
            callee.awaitRequest("ACK");
            TwoPhones.hangUp(new TwoPhones.Connected(caller, callee));

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
