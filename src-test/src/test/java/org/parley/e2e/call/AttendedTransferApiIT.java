package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Attended transfer through the API, consult then complete (Asterisk's atxfer): Alice called Bob; {@code POST
 * /api/calls/{id}/transfer {"mode":"attended"}} takes Bob out of the bridge (Alice waits) and rings Carol without an
 * offer, as Bob; Carol's offer goes to Bob by re-INVITE, Bob's answer to Carol in the ACK. Completing (the API, or Bob
 * hanging up) asks Carol for a new offer by re-INVITE without offer, gives it to Alice by re-INVITE and Alice's answer
 * to Carol in the ACK; Bob is hung up. Alice waits on Parley's media engine (re-INVITEd with its offer: she hears
 * music, see {@code MusicOnHoldIT}). Cancelling hangs Carol up and gives Alice back to Bob, as does a busy, silent
 * or refusing Carol (RFC 3725: Bob asked for a new offer, which goes to Alice; her answer to Bob in the ACK).
 */
@ExtendWith(SharedParleyServer.class)
class AttendedTransferApiIT {

    private static final String BOB_TO_CAROL = SipPhone.sdp("bob", 42000, "sendrecv", 2);
    private static final String CAROL_AGAIN = SipPhone.sdp("carol", 43000, "sendrecv", 2);
    private static final String BOB_AGAIN = SipPhone.sdp("bob", 42000, "sendrecv", 3);
    private static final String CAROL_MOVES = SipPhone.sdp("carol", 43010, "sendrecv", 2);
    private static final String DTMF = "Signal=5\r\nDuration=160\r\n";
    private static final String ALICE_TO_ENGINE = SipPhone.sdp("alice", 41000, "sendrecv", 2);

    /** Alice and Bob connected, Carol's phone registered, the call's id. */
    private record Setup(TwoPhones phones, TwoPhones.Connected call, String carol, SipPhone carolPhone, String id)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                phones.close();
            } finally {
                carolPhone.close();
            }
        }
    }

    private static Setup connected(ParleyServer server, int carolRingSeconds) {
        String carol = Extensions.create(server, "carol-password");
        if (carolRingSeconds > 0) {
            Calls.setRingSeconds(server, carol, carolRingSeconds);
        }
        TwoPhones p = TwoPhones.register(server);
        SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
        TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
        String id = Calls.from(server, p.alice).orElseThrow().getString("id");
        return new Setup(p, call, carol, carolPhone, id);
    }

    /** Starts the consultation; Carol's phone rings (rung without offer, presented as Bob). */
    private static SipPhone.Dialog startConsultation(ParleyServer server, Setup s) {
        RestClient.Response r = TransferApiIT.transfer(server, s.id(),
                "{\"target\":\"" + s.carol() + "\",\"mode\":\"attended\"}");
        assertEquals(202, r.status(), r::toString);
        assertEquals("TRANSFERRING", r.json().getString("state"));
        JsonObject transfer = r.json().getJsonObject("transfer");
        assertEquals("attended", transfer.getString("mode"), r::toString);
        assertEquals(s.phones().bob, transfer.getJsonObject("transferor").getString("number"));
        assertEquals(s.phones().alice, transfer.getJsonObject("remaining").getString("number"));

        SipPhone.Dialog target = s.carolPhone().awaitCall();
        assertEquals("", target.invite().body(), "Carol is rung without an offer");
        assertTrue(target.invite().header("From").orElseThrow().contains(s.phones().bob),
                "Carol sees Bob calling: " + target.invite().header("From"));
        target.ring();
        aliceOnTheEngine(s);
        return target;
    }

    /** Alice is re-INVITEd onto Parley's engine (its own offer: the music) and answers it. */
    private static void aliceOnTheEngine(Setup s) {
        SipMessageText music = s.call().caller().awaitRequest("INVITE");
        assertTrue(music.body().contains("s=parley") && music.body().contains("a=sendrecv"),
                () -> "Parley's own offer, to play music to Alice: " + music.body());
        s.call().caller().respondTo(music, 200, "application/sdp", ALICE_TO_ENGINE);
        s.call().caller().awaitRequest("ACK");
    }

    /**
     * The transfer failed: Bob is asked for a new offer, Alice (on the engine) gets it, Bob gets Alice's answer in the
     * ACK (RFC 3725 flow I, as a hold's resume).
     */
    private static void bobGetsAliceBack(Setup s) {
        SipMessageText toBob = s.call().callee().awaitRequest("INVITE");
        assertEquals("", toBob.body(), "Bob is asked for a new offer");
        s.call().callee().respondTo(toBob, 200, "application/sdp", BOB_AGAIN);
        SipMessageText toAlice = s.call().caller().awaitRequest("INVITE");
        assertEquals(BOB_AGAIN, toAlice.body(), "Alice gets Bob's session again");
        s.call().caller().respondTo(toAlice, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
        s.call().caller().awaitRequest("ACK");
        assertEquals(BlindTransferIT.ALICE_AGAIN, s.call().callee().awaitRequest("ACK").body(),
                "Bob gets Alice's answer in the ACK");
    }

    /** Carol answers; Bob gets her session; returns once the call shows the consultation. */
    private static SipPhone.Dialog consult(ParleyServer server, Setup s) {
        SipPhone.Dialog target = startConsultation(server, s);
        target.respond(200, BlindTransferIT.CAROL_SDP);
        SipMessageText toBob = s.call().callee().awaitRequest("INVITE");
        assertEquals(BlindTransferIT.CAROL_SDP, toBob.body(), "Bob gets Carol's offer");
        s.call().callee().respondTo(toBob, 200, "application/sdp", BOB_TO_CAROL);
        assertEquals("", s.call().callee().awaitRequest("ACK").body(), "Bob's answer was in his 200");
        assertEquals(BOB_TO_CAROL, target.awaitRequest("ACK").body(), "Carol gets Bob's answer in the ACK");

        JsonObject view = Await.value(Duration.ofSeconds(5), "the call consulting Carol",
                () -> server.admin().get("/api/calls/" + s.id()).json(),
                c -> c.containsKey("transfer") && "CONSULTING".equals(c.getJsonObject("transfer").getString("stage")));
        String targetLeg = view.getJsonObject("transfer").getString("targetLeg");
        assertTrue(view.getJsonArray("legs").getValuesAs(JsonObject.class).stream().anyMatch(l ->
                l.getString("id").equals(targetLeg) && l.getJsonObject("party").getString("number").equals(s.carol())
                        && l.getString("state").equals("ANSWERED")), view::toString);
        assertEquals(1, reInvitesTo(s.phones().alicePhone).size(), "Alice waits on the engine, nothing else");
        return target;
    }

    private static List<SipMessageText> reInvitesTo(SipPhone phone) {
        return phone.received().stream().filter(m -> m.firstLine().startsWith("INVITE ")).toList();
    }

    /** Carol is asked for a new offer, Alice gets it, Carol gets Alice's answer; Alice and Carol talk. */
    private static void aliceMeetsCarol(Setup s, SipPhone.Dialog target) {
        SipMessageText toCarol = target.awaitRequest("INVITE");
        assertEquals("", toCarol.body(), "Carol is asked for a new offer");
        target.respondTo(toCarol, 200, "application/sdp", CAROL_AGAIN);
        SipMessageText toAlice = s.call().caller().awaitRequest("INVITE");
        assertEquals(CAROL_AGAIN, toAlice.body(), "Alice gets Carol's session");
        assertTrue(toAlice.body().contains("a=sendrecv"), "Alice is taken off hold");
        s.call().caller().respondTo(toAlice, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
        s.call().caller().awaitRequest("ACK");
        assertEquals(BlindTransferIT.ALICE_AGAIN, target.awaitRequest("ACK").body(),
                "Carol gets Alice's answer in the ACK");
    }

    /** Alice hangs up; the call record says Carol answered after Bob's attended transfer. */
    private static void assertTransferredToCarol(ParleyServer server, Setup s, SipPhone.Dialog target) {
        assertEquals(200, s.call().caller().bye().status());
        target.respondTo(target.awaitRequest("BYE"), 200, null, "");
        JsonObject record = CallRecords.awaitOne(server, s.phones().alice);
        assertEquals(s.carol(), record.getString("answeredBy"), record::toString);
        List<JsonObject> hops = record.getJsonArray("hops").getValuesAs(JsonObject.class);
        assertEquals(1, hops.size(), record::toString);
        assertEquals("TRANSFER", hops.get(0).getString("type"));
        assertEquals("attended", hops.get(0).getString("reason"));
        assertEquals(s.phones().bob, hops.get(0).getString("from"));
        assertEquals(s.carol(), hops.get(0).getString("to"));
        CallRecords.awaitNoActiveCallOf(server, s.phones().alice, s.phones().bob, s.carol());
    }

    /** Alice and Bob talk again: Alice's BYE reaches Bob; the record says Bob answered, without any hop. */
    private static void assertBackWithBob(ParleyServer server, Setup s) {
        TwoPhones.hangUp(s.call());
        JsonObject record = CallRecords.awaitOne(server, s.phones().alice);
        assertEquals(s.phones().bob, record.getString("answeredBy"), record::toString);
        assertEquals(0, record.getJsonArray("hops").size(), record::toString);
    }

    @Test
    void completingThroughTheApiConnectsTheWaitingPartyWithTheConsultedOne(ParleyServer server) {
        try (EventStream events = EventStream.open(server); Setup s = connected(server, 0)) {
            SipPhone.Dialog target = consult(server, s);
            JsonObject consulting = BlindTransferIT.awaitEvent(events, "call.transfer_consulting", s.phones().alice)
                    .getJsonObject("call");
            assertEquals(s.id(), consulting.getString("id"));
            assertEquals("TRANSFERRING", consulting.getString("state"));
            JsonObject transfer = consulting.getJsonObject("transfer");
            assertEquals("CONSULTING", transfer.getString("stage"), consulting::toString);
            assertEquals(s.carol(), transfer.getJsonObject("target").getString("number"));
            assertTrue(transfer.containsKey("targetLeg"), consulting::toString);

            RestClient.Response r = server.admin().post("/api/calls/" + s.id() + "/transfer/complete", "");
            assertEquals(202, r.status(), r::toString);
            assertEquals("COMPLETING", r.json().getJsonObject("transfer").getString("stage"));
            s.call().callee().respondTo(s.call().callee().awaitRequest("BYE"), 200, null, "");
            aliceMeetsCarol(s, target);

            JsonObject transferred = BlindTransferIT.awaitEvent(events, "call.transferred", s.phones().alice)
                    .getJsonObject("call");
            assertEquals(s.carol(), transferred.getJsonObject("answeredBy").getJsonObject("party").getString("number"));
            assertTransferredToCarol(server, s, target);
        }
    }

    @Test
    void theTransferorHangingUpWhileConsultingCompletesTheTransfer(ParleyServer server) {
        try (Setup s = connected(server, 0)) {
            SipPhone.Dialog target = consult(server, s);

            assertEquals(200, s.call().callee().bye().status(), "Bob hangs up");
            aliceMeetsCarol(s, target);
            assertTransferredToCarol(server, s, target);
        }
    }

    @Test
    void theWaitingPartyHangingUpWhileConsultingLeavesTheTransferorWithTheTarget(ParleyServer server) {
        try (EventStream events = EventStream.open(server); Setup s = connected(server, 0)) {
            SipPhone.Dialog target = consult(server, s);
            SipPhone.Dialog bob = s.call().callee();

            assertEquals(200, s.call().caller().bye().status(), "Alice gives up waiting");
            BlindTransferIT.awaitEvent(events, "call.transfer_failed", s.phones().alice);
            JsonObject call = Calls.awaitState(server, s.phones().alice, "ANSWERED");
            assertTrue(!call.containsKey("transfer") || call.isNull("transfer"), call::toString);

            // Bob and Carol are bridged now: what one sends in its dialog reaches the other
            relayInfo(bob, target);
            SipPhone.Sent moved = target.send("INVITE", "application/sdp", CAROL_MOVES);
            SipMessageText reInvite = TwoPhones.relayed(moved, bob, "INVITE");
            assertEquals(CAROL_MOVES, reInvite.body(), "Carol's re-INVITE reaches Bob unchanged");
            bob.respondTo(reInvite, 200, "application/sdp", BOB_AGAIN);
            assertEquals(BOB_AGAIN, moved.awaitFinal().body());
            target.ack();
            bob.awaitRequest("ACK");
            assertTrue(s.phones().bobPhone.received().stream().noneMatch(m -> m.firstLine().startsWith("BYE ")),
                    "Bob was not hung up");

            assertEquals(200, target.bye().status(), "Carol hangs up");
            bob.respondTo(bob.awaitRequest("BYE"), 200, null, "");
            assertRecordWithoutTransfer(server, s, s.carol());
        }
    }

    @Test
    void theWaitingPartyHangingUpWhileTheTargetRingsLeavesTheTransferorCallingIt(ParleyServer server) {
        try (EventStream events = EventStream.open(server); Setup s = connected(server, 0)) {
            SipPhone.Dialog target = startConsultation(server, s);
            SipPhone.Dialog bob = s.call().callee();

            assertEquals(200, s.call().caller().bye().status(), "Alice gives up waiting while Carol rings");
            Await.value(Duration.ofSeconds(5), "Alice's leg over, the transfer still under way",
                    () -> server.admin().get("/api/calls/" + s.id()).json(),
                    c -> "TRANSFERRING".equals(c.getString("state")) && c.getJsonArray("legs")
                            .getValuesAs(JsonObject.class).stream().anyMatch(l -> l.getString("role").equals("ORIGIN")
                                    && l.getString("state").equals("ENDED")));
            assertEquals(409, server.admin().post("/api/calls/" + s.id() + "/transfer/complete", "").status(),
                    "nobody left to hand on");

            target.respond(200, BlindTransferIT.CAROL_SDP);
            SipMessageText toBob = bob.awaitRequest("INVITE");
            assertEquals(BlindTransferIT.CAROL_SDP, toBob.body(), "Bob still gets Carol's session");
            bob.respondTo(toBob, 200, "application/sdp", BOB_TO_CAROL);
            bob.awaitRequest("ACK");
            assertEquals(BOB_TO_CAROL, target.awaitRequest("ACK").body());
            BlindTransferIT.awaitEvent(events, "call.transfer_failed", s.phones().alice);
            Calls.awaitState(server, s.phones().alice, "ANSWERED");
            relayInfo(target, bob);

            assertEquals(200, bob.bye().status(), "Bob hangs up");
            target.respondTo(target.awaitRequest("BYE"), 200, null, "");
            assertRecordWithoutTransfer(server, s, s.phones().bob);
        }
    }

    /**
     * The waiting party left and the transferor went on with the target: the call's one record says Bob answered
     * Alice's call, {@code endedBy} hung up last, and has no hop (the transfer never completed).
     */
    private static void assertRecordWithoutTransfer(ParleyServer server, Setup s, String endedBy) {
        JsonObject record = CallRecords.awaitOne(server, s.phones().alice);
        assertEquals(s.phones().bob, record.getString("answeredBy"), "Bob answered Alice's call: " + record);
        assertEquals("ANSWERED", record.getString("disposition"), record::toString);
        assertEquals(endedBy, record.getString("endedBy"), "who hung up last ended the call: " + record);
        assertEquals(0, record.getJsonArray("hops").size(), "the transfer never completed: " + record);
        CallRecords.awaitNoActiveCallOf(server, s.phones().alice, s.phones().bob, s.carol());
    }

    /** An INFO one side sends in its dialog reaches the other side in its own, body unchanged, and is answered. */
    private static void relayInfo(SipPhone.Dialog from, SipPhone.Dialog to) {
        SipPhone.Sent info = from.send("INFO", "application/dtmf-relay", DTMF);
        SipMessageText relayed = TwoPhones.relayed(info, to, "INFO");
        assertEquals(DTMF, relayed.body());
        to.respondTo(relayed, 200, null, "");
        assertEquals(200, info.awaitFinal().status());
    }

    @Test
    void cancellingGivesTheWaitingPartyBackToTheTransferor(ParleyServer server) {
        try (EventStream events = EventStream.open(server); Setup s = connected(server, 0)) {
            SipPhone.Dialog target = consult(server, s);

            assertEquals(204, server.admin().delete("/api/calls/" + s.id() + "/transfer").status());
            target.respondTo(target.awaitRequest("BYE"), 200, null, "");
            bobGetsAliceBack(s);

            BlindTransferIT.awaitEvent(events, "call.transfer_failed", s.phones().alice);
            JsonObject call = Calls.awaitState(server, s.phones().alice, "ANSWERED");
            assertTrue(!call.containsKey("transfer") || call.isNull("transfer"), call::toString);
            assertBackWithBob(server, s);
        }
    }

    @Test
    void aBusyTargetGivesTheWaitingPartyBack(ParleyServer server) {
        try (EventStream events = EventStream.open(server); Setup s = connected(server, 0)) {
            SipPhone.Dialog target = startConsultation(server, s);
            target.respond(486);
            bobGetsAliceBack(s);

            BlindTransferIT.awaitEvent(events, "call.transfer_failed", s.phones().alice);
            Calls.awaitState(server, s.phones().alice, "ANSWERED");
            assertEquals(2, reInvitesTo(s.phones().alicePhone).size(), "the music's, then Bob's session");
            assertBackWithBob(server, s);
        }
    }

    @Test
    void aTargetThatDoesNotAnswerIsCancelledAndTheWaitingPartyGivenBack(ParleyServer server) {
        try (Setup s = connected(server, 5)) {
            SipPhone.Dialog target = startConsultation(server, s);
            SipMessageText cancel = s.carolPhone().await("CANCEL", Duration.ofSeconds(10),
                    m -> m.firstLine().startsWith("CANCEL "));
            target.respondTo(cancel, 200, null, "");
            target.respond(487);
            bobGetsAliceBack(s);

            Calls.awaitState(server, s.phones().alice, "ANSWERED");
            assertBackWithBob(server, s);
        }
    }

    @Test
    void consultationRequestsOutOfTurnAreRefused(ParleyServer server) {
        try (Setup s = connected(server, 0)) {
            String complete = "/api/calls/" + s.id() + "/transfer/complete";
            assertEquals(409, server.admin().post(complete, "").status(), "no transfer under way");
            assertEquals(409, server.admin().delete("/api/calls/" + s.id() + "/transfer").status());
            assertEquals(404, server.admin().post("/api/calls/no-such-call/transfer/complete", "").status());
            assertEquals(404, server.admin().delete("/api/calls/no-such-call/transfer").status());
            TransferApiIT.assertField(TransferApiIT.transfer(server, s.id(),
                    "{\"target\":\"" + Extensions.freshNumber() + "\",\"mode\":\"attended\"}"), "target");

            SipPhone.Dialog target = startConsultation(server, s);
            assertEquals(409, TransferApiIT.transfer(server, s.id(),
                    "{\"target\":\"" + s.carol() + "\",\"mode\":\"attended\"}").status(), "a transfer is under way");
            target.respond(603);
            bobGetsAliceBack(s);
            Calls.awaitState(server, s.phones().alice, "ANSWERED");
            assertBackWithBob(server, s);
        }
    }
}
