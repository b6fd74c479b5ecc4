package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * The called phone refuses the call with an error: the caller gets the same refusal when it means something to it
 * (488 Not Acceptable Here: the offer does not suit the callee; 404, 500, 603 …), but not a 401/407 challenge of
 * Parley's own INVITE, which it could not answer (it gets 480 instead). The record says FAILED.
 */
@ExtendWith(SharedParleyServer.class)
class FailedCallIT {

    @ParameterizedTest(name = "callee answers {0}, caller gets {1}")
    @CsvSource({"488, 488, FAILED", "500, 500, FAILED", "407, 480, FAILED", "401, 480, FAILED"})
    void theCalleesRefusalReachesTheCaller(int calleeStatus, int callerStatus, String disposition,
            ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog callee = p.bobPhone.awaitCall();

            callee.respond(calleeStatus);
            SipMessageText refused = caller.awaitFinal();
            callee.awaitRequest("ACK");

            assertEquals(callerStatus, refused.status(), refused::toString);
            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals(disposition, cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
