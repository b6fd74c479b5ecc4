package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;
import org.parley.test.support.SippTrace;

/**
 * Click-to-dial, {@code POST /api/calls {"from","to"}} (RFC 3725 flow I): Parley rings the extension first with an
 * INVITE without SDP; the phone's 200 carries the offer; Parley then dials the target with that offer and, once it
 * answers, acknowledges the extension with the target's answer. {@code DELETE /api/calls/{id}} hangs up: both phones
 * get BYE. The record says ORIGINATED.
 */
@ExtendWith(SharedParleyServer.class)
class ClickToDialIT {

    @Test
    void theExtensionRingsFirstThenTheTargetAndDeleteHangsUp(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");
        Sipp.Running aliceAnswers = alicePhone.expect("uas_answer_late_offer",
                s -> s.pause(Duration.ofMillis(300)).traceMessages());
        Sipp.Running bobAnswers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(300)).traceMessages());

        RestClient.Response created = server.admin().post("/api/calls",
                "{\"from\":\"" + alice + "\",\"to\":\"" + bob + "\"}");

        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/calls/" + id));
        assertEquals("ORIGINATED", created.json().getString("direction"));
        JsonObject answered = Calls.awaitState(server, alice, "ANSWERED");
        assertEquals(id, answered.getString("id"));

        RestClient.Response hangup = server.admin().delete("/api/calls/" + id);
        assertEquals(204, hangup.status(), hangup::toString);
        Sipp.Result aliceSide = aliceAnswers.await();
        assertTrue(aliceSide.allSucceeded(),
                () -> "alice: INVITE without offer, 200 with offer, ACK with answer, BYE: " + aliceSide);
        Sipp.Result bobSide = bobAnswers.await();
        assertTrue(bobSide.allSucceeded(), () -> "bob: INVITE, answer, BYE: " + bobSide);

        SipMessageText aliceOk = SippTrace.sent(aliceSide).stream()
                .filter(m -> m.firstLine().startsWith("SIP/2.0 200") && m.header("CSeq").orElse("").endsWith("INVITE"))
                .findFirst().orElseThrow();
        SipMessageText bobInvite = SippTrace.firstRequest(bobSide, "INVITE");
        assertEquals(aliceOk.body(), bobInvite.body(), "bob is dialled with alice's offer");
        SipMessageText bobOk = SippTrace.sent(bobSide).stream()
                .filter(m -> m.firstLine().startsWith("SIP/2.0 200") && m.header("CSeq").orElse("").endsWith("INVITE"))
                .findFirst().orElseThrow();
        SipMessageText aliceAck = SippTrace.firstRequest(aliceSide, "ACK");
        assertEquals(bobOk.body(), aliceAck.body(), "alice is acknowledged with bob's answer");

        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals("ORIGINATED", cdr.getString("direction"));
        assertEquals(alice, cdr.getString("callerNumber"));
        assertEquals(bob, cdr.getString("calleeNumber"));
        assertEquals(bob, cdr.getString("answeredBy"));
        assertEquals("ANSWERED", cdr.getString("disposition"));
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
    }

    @Test
    void aBusyTargetEndsTheCallAndTheExtensionIsHungUp(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");
        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password")) {
            Sipp.Running bobBusy = bobPhone.expect("uas_busy", s -> s);

            RestClient.Response created = server.admin().post("/api/calls",
                    "{\"from\":\"" + alice + "\",\"to\":\"" + bob + "\"}");
            assertEquals(201, created.status(), created::toString);

            SipPhone.Dialog origin = alicePhone.awaitCall();
            assertTrue(origin.invite().body().isEmpty(), () -> "no offer:\n" + origin.invite());
            origin.respond(200, SipPhone.offer("alice", 41000));
            Sipp.Result busy = bobBusy.await();
            assertTrue(busy.allSucceeded(), busy::toString);
            origin.awaitRequest("ACK");
            SipMessageText bye = origin.awaitRequest("BYE");
            origin.respondTo(bye, 200, null, "");

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("ORIGINATED", cdr.getString("direction"));
            assertEquals("BUSY", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, alice, bob);
        }
    }

    @Test
    void theExtensionHangsUpWhileTheTargetRings(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            RestClient.Response created = server.admin().post("/api/calls",
                    "{\"from\":\"" + p.alice + "\",\"to\":\"" + p.bob + "\"}");
            assertEquals(201, created.status(), created::toString);
            SipPhone.Dialog origin = p.alicePhone.awaitCall();
            origin.respond(200, SipPhone.offer("alice", 41000));
            SipPhone.Dialog target = p.bobPhone.awaitCall();
            target.ring();

            // alice gives up before bob answers (her phone does not wait for the ACK, which waits for bob's answer)
            SipMessageText byeAnswer = origin.bye();
            assertEquals(200, byeAnswer.status(), byeAnswer::toString);

            SipMessageText cancel = target.awaitRequest("CANCEL");
            target.respondTo(cancel, 200, null, "");
            target.respond(487);
            target.awaitRequest("ACK");
            JsonObject cdr = CallRecords.awaitOne(server, p.bob);
            assertEquals("ORIGINATED", cdr.getString("direction"));
            assertEquals("CANCELLED", cdr.getString("disposition"));
            assertEquals(p.alice, cdr.getString("endedBy"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void anExtensionThatDoesNotAnswerIsCancelledAfterItsRingTime(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            Calls.setRingSeconds(server, p.alice, 5);
            RestClient.Response created = server.admin().post("/api/calls",
                    "{\"from\":\"" + p.alice + "\",\"to\":\"" + p.bob + "\"}");
            assertEquals(201, created.status(), created::toString);
            SipPhone.Dialog origin = p.alicePhone.awaitCall();
            origin.ring();

            SipMessageText cancel = origin.awaitRequest("CANCEL", Duration.ofSeconds(10));
            origin.respondTo(cancel, 200, null, "");
            origin.respond(487);
            origin.awaitRequest("ACK");

            assertTrue(p.bobPhone.poll(Duration.ZERO, m -> m.firstLine().startsWith("INVITE ")).isEmpty(),
                    "the target is never rung");
            JsonObject cdr = CallRecords.awaitOne(server, p.alice);
            assertEquals("NO ANSWER", cdr.getString("disposition"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void anExtensionWithoutDeviceCannotClickToDial(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");

        RestClient.Response r = server.admin().post("/api/calls",
                "{\"from\":\"" + alice + "\",\"to\":\"" + bob + "\"}");

        assertEquals(400, r.status(), r::toString);
        assertEquals("application/problem+json", r.contentType().split(";")[0], r::toString);
        RestClient.Response missing = server.admin().post("/api/calls", "{\"from\":\"" + alice + "\"}");
        assertEquals(400, missing.status(), missing::toString);
    }
}
