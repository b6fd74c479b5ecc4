package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * Nobody answers within the extension's ring time (5 s, set through {@code PUT /api/extensions/{n}}): both devices
 * are cancelled, the caller gets 480, the call record says NO ANSWER.
 */
@ExtendWith(SharedParleyServer.class)
class NoAnswerIT {

    @Test
    void theCallGivesUpAfterTheRingTime(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Calls.setRingSeconds(server, bob, 5);
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone desk = SippPhone.register(server, bob, "bob-password");
        SippPhone mobile = SippPhone.register(server, bob, "bob-password");

        Sipp.Running deskRings = desk.expect("uas_ring_cancelled", s -> s);
        Sipp.Running mobileRings = mobile.expect("uas_ring_cancelled", s -> s);
        Instant dialled = Instant.now();
        Sipp.Result call = alicePhone.call("uac_call_refused", bob, s -> s.replace("EXPECTED_STATUS", "480"));
        Duration rang = Duration.between(dialled, Instant.now());

        assertTrue(call.allSucceeded(), () -> "the caller got 480: " + call);
        assertTrue(rang.compareTo(Duration.ofMillis(4800)) >= 0 && rang.compareTo(Duration.ofSeconds(9)) < 0,
                () -> "the caller waited the ring time (5 s), not " + rang.toMillis() + " ms");
        Sipp.Result desked = deskRings.await();
        assertTrue(desked.allSucceeded(), () -> "the desk phone was cancelled: " + desked);
        Sipp.Result mobiled = mobileRings.await();
        assertTrue(mobiled.allSucceeded(), () -> "the mobile phone was cancelled: " + mobiled);

        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("NO ANSWER", cdr.getString("disposition"));
        assertTrue(cdr.getInt("durationSeconds") >= 5 && cdr.getInt("durationSeconds") <= 7, cdr::toString);
        assertEquals(0, cdr.getInt("talkSeconds"));
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
    }

    /**
     * A device whose registration outlived it (it takes the INVITE but never answers, not even 100/180) does not hold
     * the caller past the ring time: 480 after 5 s, NO ANSWER.
     */
    @Test
    void aSilentDeviceDoesNotHoldTheCallerPastTheRingTime(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            Calls.setRingSeconds(server, p.bob, 5);
            Instant dialled = Instant.now();
            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            p.bobPhone.awaitCall();

            SipMessageText refused = caller.awaitFinal(Duration.ofSeconds(10));
            Duration rang = Duration.between(dialled, Instant.now());

            assertEquals(480, refused.status(), refused::toString);
            assertTrue(rang.compareTo(Duration.ofMillis(4800)) >= 0, () -> "after the ring time, not " + rang);
            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("NO ANSWER", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
