package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Busy, no-answer and unavailable forwarding: the extension's phone rings first (except when none is registered), and
 * the call goes to the rule's target when it is busy, does not answer within the extension's ring time, or is not
 * there. One call record per call, with the forward.
 */
@ExtendWith(SharedParleyServer.class)
class ConditionalForwardIT {

    @Test
    void busyForwardsToTheTarget(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Forwardings.set(server, p.bob, Forwardings.rule("busy", carol, "ORIGINAL"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog busy = p.bobPhone.awaitCall();
            busy.respond(486);
            busy.awaitRequest("ACK");
            SipPhone.Dialog callee = carolPhone.awaitCall();
            ForwardedCalls.answerAndHangUp(server, p.alice, caller, callee);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(carol, cdr.getString("answeredBy"));
            assertEquals(List.of("FORWARD " + p.bob + ">" + carol + " busy"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void busyWithoutARuleIsBusyForTheCaller(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server)) {
            Forwardings.set(server, p.bob, Forwardings.rule("noAnswer", carol, "ORIGINAL"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog busy = p.bobPhone.awaitCall();
            busy.respond(486);

            SipMessageText refused = caller.awaitFinal();
            assertEquals(486, refused.status(), "only a no-answer rule: busy stays busy");
            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("BUSY", cdr.getString("disposition"));
            assertEquals(List.of(), ForwardedCalls.hops(cdr));
        }
    }

    @Test
    void noAnswerForwardsAfterTheRingTime(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Calls.setRingSeconds(server, p.bob, 5);
            Forwardings.set(server, p.bob, Forwardings.rule("noAnswer", carol, "ORIGINAL"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog unanswered = p.bobPhone.awaitCall();
            unanswered.ring();
            SipMessageText cancel = unanswered.awaitRequest("CANCEL", Duration.ofSeconds(10));
            unanswered.respondTo(cancel, 200, null, "");
            unanswered.respond(487);
            SipPhone.Dialog callee = carolPhone.awaitCall();
            ForwardedCalls.answerAndHangUp(server, p.alice, caller, callee);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(carol, cdr.getString("answeredBy"));
            assertEquals(List.of("FORWARD " + p.bob + ">" + carol + " no-answer"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void unavailableForwardsWhenNoPhoneIsRegistered(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Forwardings.set(server, bob, Forwardings.rule("unavailable", carol, "ORIGINAL"));

            SipPhone.Dialog caller = alicePhone.call(bob);
            SipPhone.Dialog callee = carolPhone.awaitCall();
            ForwardedCalls.answerAndHangUp(server, alice, caller, callee);

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals(carol, cdr.getString("answeredBy"));
            assertEquals(List.of("FORWARD " + bob + ">" + carol + " unavailable"), ForwardedCalls.hops(cdr));
            assertTrue(cdr.getJsonArray("hops").getJsonObject(0).containsKey("at"), cdr::toString);
            CallRecords.awaitNoActiveCallOf(server, alice, bob);
        }
    }
}
