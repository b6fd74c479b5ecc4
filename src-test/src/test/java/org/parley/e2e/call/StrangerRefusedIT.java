package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Who may call through Parley: a registered extension, after answering the 407 digest challenge as itself; a trunk,
 * by its address. An INVITE from an address with no registration and no trunk is refused with 403 before any
 * challenge; a wrong password, or credentials of another extension than the one in From, get 403 too.
 */
@ExtendWith(SharedParleyServer.class)
class StrangerRefusedIT {

    /** No phone registers from this address and no trunk uses it. */
    private static final String STRANGER_ADDRESS = "127.0.0.3";

    @Test
    void aRegisteredPhoneIsChallengedWith407(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog attempt = p.alicePhone.invite(p.bob).withoutAuthentication().send();

            SipMessageText challenge = attempt.awaitFinal();
            assertEquals(407, challenge.status(), challenge::toString);
            assertTrue(challenge.header("Proxy-Authenticate").orElse("").startsWith("Digest "), challenge::toString);
            assertTrue(p.bobPhone.poll(Duration.ofMillis(500), m -> true).isEmpty(), "nothing rings before that");
        }
    }

    @Test
    void anInviteFromAnUnknownAddressIsForbidden(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        try (SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password");
                SipPhone stranger = SipPhone.open(server, STRANGER_ADDRESS).identity(alice, "alice-password")) {
            SipPhone.Dialog attempt = stranger.invite(bob).withoutAuthentication().send();

            SipMessageText refused = attempt.awaitFinal();
            assertEquals(403, refused.status(), () -> "refused outright, no challenge: " + refused);
            assertTrue(bobPhone.poll(Duration.ofSeconds(1), m -> true).isEmpty(),
                    () -> "bob's phone must not ring:\n" + bobPhone.summary());
            CallRecords.awaitNoActiveCallOf(server, alice, bob);
        }
    }

    @Test
    void aWrongPasswordIsForbidden(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            p.alicePhone.identity(p.alice, "not-alices-password");
            SipPhone.Dialog attempt = p.alicePhone.invite(p.bob).send();

            SipMessageText refused = attempt.awaitFinal();
            assertEquals(403, refused.status(), refused::toString);
            assertTrue(p.bobPhone.poll(Duration.ofSeconds(1), m -> true).isEmpty(),
                    () -> "bob's phone must not ring:\n" + p.bobPhone.summary());
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void credentialsOfAnotherExtensionThanFromAreForbidden(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server)) {
            // alice's phone says it is carol, and answers the challenge with alice's own credentials
            SipPhone.Dialog attempt = p.alicePhone.invite(p.bob).fromUser(carol).send();

            SipMessageText refused = attempt.awaitFinal();
            assertEquals(403, refused.status(), refused::toString);
            assertTrue(p.bobPhone.poll(Duration.ofSeconds(1), m -> true).isEmpty(),
                    () -> "bob's phone must not ring:\n" + p.bobPhone.summary());
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob, carol);
        }
    }
}
