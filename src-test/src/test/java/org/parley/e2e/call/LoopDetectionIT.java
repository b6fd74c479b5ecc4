package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Loop detection (RFC 3261 §16.3 step 4, as a B2BUA sees it): an INVITE whose Via path already names Parley's own
 * listening point has been through Parley before; it is refused with 482 Loop Detected and rings nothing.
 */
@ExtendWith(SharedParleyServer.class)
class LoopDetectionIT {

    @Test
    void anInviteThatCameThroughParleyBeforeIsRefusedWith482(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            String parleyVia = "SIP/2.0/UDP " + server.sipHost() + ":" + server.sipPort()
                    + ";branch=z9hG4bKloop" + System.nanoTime();
            // the phone's own Via goes on top; Parley's earlier hop is below it, as a forwarding proxy would leave it
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).header("Via", parleyVia).send();

            SipMessageText refused = caller.awaitFinal();
            assertEquals(482, refused.status(), refused::toString);
            assertTrue(p.bobPhone.poll(Duration.ofSeconds(1), m -> true).isEmpty(),
                    () -> "bob's phone must not ring:\n" + p.bobPhone.summary());
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
