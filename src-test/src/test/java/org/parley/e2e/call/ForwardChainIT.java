package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * A forward's target that is itself forwarded: the chain is followed, and every forward is in the one call record; a
 * chain that comes back to an extension already reached stops there (that extension rings its own phones).
 */
@ExtendWith(SharedParleyServer.class)
class ForwardChainIT {

    @Test
    void aChainIsFollowedToItsEnd(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        String dave = Extensions.create(server, "dave-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                SipPhone davePhone = SipPhone.registered(server, dave, "dave-password")) {
            Forwardings.set(server, p.bob, Forwardings.rule("unconditional", carol, "ORIGINAL"));
            Forwardings.set(server, carol, Forwardings.rule("busy", dave, "ORIGINAL"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog busy = carolPhone.awaitCall();
            busy.respond(486);
            SipPhone.Dialog callee = davePhone.awaitCall();
            ForwardedCalls.answerAndHangUp(server, p.alice, caller, callee);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals(dave, cdr.getString("answeredBy"));
            assertEquals(List.of("FORWARD " + p.bob + ">" + carol + " unconditional",
                    "FORWARD " + carol + ">" + dave + " busy"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void aLoopStopsAtTheLastExtensionReached(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Forwardings.set(server, p.bob, Forwardings.rule("unconditional", carol, "ORIGINAL"));
            Forwardings.set(server, carol, Forwardings.rule("unconditional", p.bob, "ORIGINAL"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog callee = carolPhone.awaitCall();
            ForwardedCalls.assertNotRung(p.bobPhone);
            ForwardedCalls.answerAndHangUp(server, p.alice, caller, callee);

            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals(carol, cdr.getString("answeredBy"));
            assertEquals(List.of("FORWARD " + p.bob + ">" + carol + " unconditional"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
