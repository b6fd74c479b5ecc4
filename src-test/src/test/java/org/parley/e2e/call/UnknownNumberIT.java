package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/** A number that is neither an extension nor a valid outside number: 404 Not Found. */
@ExtendWith(SharedParleyServer.class)
class UnknownNumberIT {

    @ParameterizedTest
    @ValueSource(strings = {"29999", "4", "12345678901234567"})
    void anUnknownNumberIsNotFound(String dialled, ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");

        Sipp.Result call = alicePhone.call("uac_call_refused", dialled, s -> s.replace("EXPECTED_STATUS", "404"));

        assertTrue(call.allSucceeded(), () -> "dialling " + dialled + " got 404: " + call);
        CallRecords.awaitNoActiveCallOf(server, alice);
    }
}
