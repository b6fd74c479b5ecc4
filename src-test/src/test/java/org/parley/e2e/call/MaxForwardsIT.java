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
 * Max-Forwards (RFC 3261 §8.2.2, §16.6 step 3 as a B2BUA applies it): an INVITE that arrives with 0 is refused with
 * 483 Too Many Hops and rings nothing; otherwise the callee's leg carries one less, so a loop through Parley and back
 * runs out; a 483 from the far side is relayed.
 */
@ExtendWith(SharedParleyServer.class)
class MaxForwardsIT {

    @Test
    void anInviteWithMaxForwardsZeroIsRefusedWith483(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).maxForwards(0).send();

            SipMessageText refused = caller.awaitFinal();
            assertEquals(483, refused.status(), refused::toString);
            assertTrue(p.bobPhone.poll(Duration.ofSeconds(1), m -> true).isEmpty(),
                    () -> "bob's phone must not ring:\n" + p.bobPhone.summary());
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void theCalleesLegCarriesOneHopLess(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).maxForwards(5).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();

            assertEquals("4", callee.invite().header("Max-Forwards").orElseThrow().trim());
            callee.respond(200, SipPhone.offer("bob", 42000));
            assertEquals(200, caller.awaitFinal().status());
            caller.ack();
            callee.awaitRequest("ACK");
            TwoPhones.hangUp(new TwoPhones.Connected(caller, callee));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void theLastHopReaches483AndItIsRelayed(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).maxForwards(1).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();

            assertEquals("0", callee.invite().header("Max-Forwards").orElseThrow().trim());
            callee.respond(483);
            SipMessageText relayed = caller.awaitFinal();
            assertEquals(483, relayed.status(), relayed::toString);
            callee.awaitRequest("ACK");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
