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

/** An extension calls another, which answers; the caller hangs up. One call record, ANSWERED. */
@ExtendWith(SharedParleyServer.class)
class InternalCallIT {

    @Test
    void anExtensionCallsAnotherWhoAnswers(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");

        Sipp.Running bobAnswers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(300)));
        Sipp.Result call = alicePhone.call("uac_call", bob, s -> s.pause(Duration.ofMillis(1500)));

        assertTrue(call.allSucceeded(), call::toString);
        Sipp.Result answered = bobAnswers.await();
        assertTrue(answered.allSucceeded(), answered::toString);

        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("INTERNAL", cdr.getString("direction"));
        assertEquals(alice, cdr.getString("callerNumber"));
        assertEquals(bob, cdr.getString("calleeNumber"));
        assertEquals(bob, cdr.getString("answeredBy"));
        assertEquals(bobPhone.contact(), cdr.getString("answeredDevice"));
        assertEquals("ANSWERED", cdr.getString("disposition"));
        assertEquals(alice, cdr.getString("endedBy"), "the caller hung up");
        assertTrue(cdr.getInt("talkSeconds") >= 1, cdr::toString);
        CallRecords.awaitNoActiveCall(server);
    }
}
