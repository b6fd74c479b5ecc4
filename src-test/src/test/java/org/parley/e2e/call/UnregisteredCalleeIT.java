package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/** An extension that exists but has no registered device: 480 Temporarily Unavailable, nothing left behind. */
@ExtendWith(SharedParleyServer.class)
class UnregisteredCalleeIT {

    @Test
    void anExtensionWithoutDevicesIsTemporarilyUnavailable(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");

        Sipp.Result call = alicePhone.call("uac_call_refused", bob, s -> s.replace("EXPECTED_STATUS", "480"));

        assertTrue(call.allSucceeded(), () -> "the caller got 480: " + call);
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("NO ANSWER", cdr.getString("disposition"), "the call still has its record");
        assertEquals(alice, cdr.getString("callerNumber"));
        assertFalse(cdr.containsKey("answeredBy"), cdr::toString);
    }
}
