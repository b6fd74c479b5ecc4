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

/**
 * The caller gives up while the phone rings: CANCEL gets 200 and the INVITE 487, the ringing phone gets CANCEL too,
 * the call record says CANCELLED, ended by the caller.
 */
@ExtendWith(SharedParleyServer.class)
class CallerCancelsIT {

    @Test
    void theCallersCancelReachesTheRingingPhone(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");

        Sipp.Running bobRings = bobPhone.expect("uas_ring_cancelled", s -> s);
        Sipp.Result call = alicePhone.call("uac_cancel", bob, s -> s);

        assertTrue(call.allSucceeded(), () -> "the caller's CANCEL got 200 and 487: " + call);
        Sipp.Result rang = bobRings.await();
        assertTrue(rang.allSucceeded(), () -> "the ringing phone got CANCEL: " + rang);

        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("CANCELLED", cdr.getString("disposition"));
        assertEquals(alice, cdr.getString("endedBy"));
        assertEquals(0, cdr.getInt("talkSeconds"));
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
    }
}
