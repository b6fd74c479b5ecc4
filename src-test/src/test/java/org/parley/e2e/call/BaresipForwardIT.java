package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;

/**
 * Real phones (baresip) and unconditional forwarding: alice dials bob, whose calls go to carol; bob's phone never
 * rings, carol's does, answers, and audio flows between alice and carol (RTP on both sides). One call record: bob
 * called, carol answered, the forward. A server of its own offering only MD5 challenges (see {@link BaresipCallIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BaresipForwardIT {

    private ParleyServer server;

    @BeforeAll
    void startServer() {
        server = ParleyServer.start("baresip-forward", Map.of("PARLEY_SIP_DIGEST_ALGORITHMS", "MD5"));
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anUnconditionalForwardReachesAnotherRealPhone() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        Forwardings.set(server, bob, Forwardings.rule("unconditional", carol, "ORIGINAL"));
        try (Baresip alicePhone = Baresip.start("alice"); Baresip bobPhone = Baresip.start("bob");
                Baresip carolPhone = Baresip.start("carol")) {
            alicePhone.register(server, alice, "alice-password", "manual");
            bobPhone.register(server, bob, "bob-password", "manual");
            carolPhone.register(server, carol, "carol-password", "manual");

            alicePhone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());
            carolPhone.await("CALL_INCOMING");
            carolPhone.command("accept", "");
            alicePhone.await("CALL_ESTABLISHED");
            alicePhone.await("CALL_RTPESTAB");
            carolPhone.await("CALL_RTPESTAB");
            alicePhone.command("hangup", "");
            carolPhone.await("CALL_CLOSED");

            assertEquals(Optional.empty(), bobPhone.seen("CALL_INCOMING"), "bob's own phone stayed silent");
            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(carol, cdr.getString("answeredBy"));
            assertEquals(List.of("FORWARD " + bob + ">" + carol + " unconditional"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, alice, bob);
        }
    }
}
