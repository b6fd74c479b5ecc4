package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.SpecialSettingsParleyServer;

/**
 * {@code PARLEY_MEDIA_ANCHOR=always} with a media port range of two pairs: one anchored call takes both; the next
 * caller gets {@code 503} with {@code Retry-After} and its callee is not rung. On the server of special settings
 * ({@link SpecialSettingsParleyServer}): the range is tiny.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SpecialSettingsParleyServer.class)
class MediaPortsExhaustedIT {

    private ParleyServer server;

    @BeforeAll
    void startServer(ParleyServer special) {
        server = special;
    }

    @Test
    void aCallerTheEngineHasNoPortForGets503AndNobodyIsRung() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        String dave = Extensions.create(server, "dave-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password");
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                SipPhone davePhone = SipPhone.registered(server, dave, "dave-password")) {
            SipPhone.Dialog first = alicePhone.invite(bob).body(SipPhone.offer("alice", 49170)).send();
            SipPhone.Dialog callee = bobPhone.awaitCall();
            callee.respond(200, SipPhone.offer("bob", 50000));
            assertEquals(200, first.awaitFinal().status());
            first.ack();

            SipMessageText refused = carolPhone.invite(dave).body(SipPhone.offer("carol", 49180)).send()
                    .awaitFinal();
            assertEquals(503, refused.status(), refused::toString);
            assertTrue(refused.header("Retry-After").isPresent(), refused::toString);
            assertTrue(davePhone.poll(Duration.ofSeconds(1), m -> m.firstLine().startsWith("INVITE")).isEmpty(),
                    "dave was not rung");
            first.bye();
            callee.awaitRequest("BYE");
        }
    }
}
