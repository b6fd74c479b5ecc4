package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Baresip;
import org.parley.test.support.Linphone;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * Two vendors' phones on Parley's defaults (MD5 digest): Linphone ({@code linphonec}) and baresip both register; baresip
 * calls Linphone, which answers by itself, shows the caller's name and sets up its audio streams (linphonec without a
 * sound card sends no RTP, so baresip sees none); baresip hangs up and the record says answered.
 */
@ExtendWith(SharedParleyServer.class)
class LinphoneCallIT {

    @Test
    void baresipCallsLinphoneOnTheDefaults(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (Baresip alicePhone = Baresip.start("alice"); Linphone bobPhone = Linphone.start("bob")) {
            alicePhone.register(server, alice, "alice-password", "manual");
            bobPhone.register(server, bob, "bob-password");

            alicePhone.command("dial", "sip:" + bob + "@" + server.sipHost() + ":" + server.sipPort());

            String incoming = bobPhone.await("Receiving new incoming call from");
            assertTrue(incoming.contains("Test " + alice), () -> "Linphone shows the caller's name: " + incoming);
            alicePhone.await("CALL_ESTABLISHED");
            bobPhone.await("Media streams established");
            alicePhone.command("hangup", "");
            alicePhone.await("CALL_CLOSED");
            bobPhone.await("ended");

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(alice, cdr.getString("callerNumber"));
            CallRecords.awaitNoActiveCallOf(server, alice, bob);
        }
    }
}
