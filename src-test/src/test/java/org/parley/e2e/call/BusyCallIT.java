package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/** The called phone answers 486 Busy Here: the caller gets 486, the call record says BUSY. */
@ExtendWith(SharedParleyServer.class)
class BusyCallIT {

    @Test
    void busyIsRelayedToTheCaller(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");

        Sipp.Running bobBusy = bobPhone.expect("uas_busy", s -> s);
        Sipp.Result call = alicePhone.call("uac_call_refused", bob, s -> s.replace("EXPECTED_STATUS", "486"));

        assertTrue(call.allSucceeded(), () -> "the caller got 486: " + call);
        Sipp.Result busy = bobBusy.await();
        assertTrue(busy.allSucceeded(), () -> "the busy phone got its ACK: " + busy);

        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("BUSY", cdr.getString("disposition"));
        assertEquals(alice, cdr.getString("callerNumber"));
        assertTrue(!cdr.containsKey("answer") || cdr.isNull("answer"), () -> "never answered: " + cdr);
        assertEquals(0, cdr.getInt("talkSeconds"));
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
    }
}
