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
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/** The called party hangs up: its BYE ends both legs, the caller gets BYE, the record says who ended the call. */
@ExtendWith(SharedParleyServer.class)
class CalleeHangsUpIT {

    @Test
    void theCalleesByeReachesTheCaller(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");

        Sipp.Running bobAnswersThenHangsUp = bobPhone.expect("uas_answer_hangup",
                s -> s.pause(Duration.ofMillis(1200)));
        Sipp.Result call = alicePhone.call("uac_call_remote_hangup", bob, s -> s);

        assertTrue(call.allSucceeded(), () -> "the caller got BYE: " + call);
        Sipp.Result callee = bobAnswersThenHangsUp.await();
        assertTrue(callee.allSucceeded(), () -> "the callee's BYE was answered 200: " + callee);

        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("ANSWERED", cdr.getString("disposition"));
        assertEquals(bob, cdr.getString("endedBy"), "the callee hung up");
        assertTrue(cdr.getInt("talkSeconds") >= 1, cdr::toString);
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
    }
}
