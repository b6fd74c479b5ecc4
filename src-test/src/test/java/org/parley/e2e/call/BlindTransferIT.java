package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Blind transfer by REFER (RFC 3515, RFC 5589 §6) from either party of an answered call: 202, NOTIFY with the
 * target's progress as message/sipfrag, the target rung without an offer, its offer given to the remaining party by
 * re-INVITE and the answer to the target in the ACK; the transferor is hung up. A busy or unknown target is reported
 * by NOTIFY and the call goes back to the transferor, who can resume. One call record, answered by the target, with
 * the transfer in its hops; call.transferring and call.transferred on /api/events.
 */
@ExtendWith(SharedParleyServer.class)
class BlindTransferIT {

    static final String ALICE_SDP = SipPhone.offer("alice", 41000);
    static final String BOB_SDP = SipPhone.offer("bob", 42000);
    static final String CAROL_SDP = SipPhone.offer("carol", 43000);
    static final String ALICE_AGAIN = SipPhone.sdp("alice", 41000, "sendrecv", 2);

    @Test
    void theCalleeTransfersTheCallerToAnotherExtension(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (EventStream events = EventStream.open(server); TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(ALICE_SDP, BOB_SDP);

            SipPhone.Sent refer = refer(call.callee(), carol, server);
            assertEquals(202, refer.awaitFinal().status(), "REFER accepted");
            assertEquals("SIP/2.0 100 Trying", notified(call.callee(), "active"));

            SipPhone.Dialog target = carolPhone.awaitCall();
            assertEquals("", target.invite().body(), "the target is rung without an offer");
            assertTrue(target.invite().header("From").orElseThrow().contains(p.alice),
                    "the target sees who is handed over: " + target.invite().header("From"));
            target.ring();
            assertEquals("SIP/2.0 180 Ringing", notified(call.callee(), "active"));
            target.respond(200, CAROL_SDP);

            SipMessageText reInvite = call.caller().awaitRequest("INVITE");
            assertEquals(CAROL_SDP, reInvite.body(), "the caller gets the target's session");
            call.caller().respondTo(reInvite, 200, "application/sdp", ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            assertEquals(ALICE_AGAIN, target.awaitRequest("ACK").body(), "the target gets the caller's answer");

            assertEquals("SIP/2.0 200 OK", notified(call.callee(), "terminated"));
            SipMessageText bye = call.callee().awaitRequest("BYE");
            call.callee().respondTo(bye, 200, null, "");

            SipMessageText hangup = call.caller().bye();
            assertEquals(200, hangup.status());
            target.respondTo(target.awaitRequest("BYE"), 200, null, "");

            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(carol, record.getString("answeredBy"), record::toString);
            assertEquals("ANSWERED", record.getString("disposition"));
            List<JsonObject> hops = record.getJsonArray("hops").getValuesAs(JsonObject.class);
            assertEquals(1, hops.size(), record::toString);
            assertEquals("TRANSFER", hops.get(0).getString("type"));
            assertEquals(p.bob, hops.get(0).getString("from"));
            assertEquals(carol, hops.get(0).getString("to"));
            assertEquals("blind", hops.get(0).getString("reason"));
            assertTrue(hops.get(0).containsKey("at"));

            String id = awaitEvent(events, "call.transferring", p.alice).getJsonObject("call").getString("id");
            JsonObject transferred = awaitEvent(events, "call.transferred", p.alice).getJsonObject("call");
            assertEquals(id, transferred.getString("id"));
            assertEquals(carol, transferred.getJsonObject("answeredBy").getJsonObject("party").getString("number"));
        }
    }

    @Test
    void theCallerTransfersTheCalleeToAnotherExtension(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(ALICE_SDP, BOB_SDP);

            assertEquals(202, refer(call.caller(), carol, server).awaitFinal().status());
            assertEquals("SIP/2.0 100 Trying", notified(call.caller(), "active"));
            SipPhone.Dialog target = carolPhone.awaitCall();
            target.respond(200, CAROL_SDP);

            SipMessageText reInvite = call.callee().awaitRequest("INVITE");
            assertEquals(CAROL_SDP, reInvite.body(), "the callee gets the target's session");
            call.callee().respondTo(reInvite, 200, "application/sdp", BOB_SDP);
            call.callee().awaitRequest("ACK");
            assertEquals(BOB_SDP, target.awaitRequest("ACK").body());
            assertEquals("SIP/2.0 200 OK", notified(call.caller(), "terminated"));
            call.caller().respondTo(call.caller().awaitRequest("BYE"), 200, null, "");

            // the remaining two talk; the target hangs up and the callee gets the BYE
            assertEquals(200, target.bye().status());
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(p.bob, record.getString("answeredBy"), "the callee answered; the caller handed it on");
            assertEquals(p.alice, record.getJsonArray("hops").getJsonObject(0).getString("from"));
        }
    }

    @Test
    void aBusyTargetIsReportedAndTheTransferorResumes(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (EventStream events = EventStream.open(server); TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(ALICE_SDP, BOB_SDP);
            hold(call);

            assertEquals(202, refer(call.callee(), carol, server).awaitFinal().status());
            assertEquals("SIP/2.0 100 Trying", notified(call.callee(), "active"));
            SipPhone.Dialog target = carolPhone.awaitCall();
            target.respond(486);

            assertEquals("SIP/2.0 486 Busy Here", notified(call.callee(), "terminated"));
            awaitEvent(events, "call.transfer_failed", p.alice);
            // the transferor takes the caller back off hold: relayed as before the transfer
            SipPhone.Sent resume = call.callee().send("INVITE", "application/sdp",
                    SipPhone.sdp("bob", 42000, "sendrecv", 3));
            SipMessageText relayed = TwoPhones.relayed(resume, call.caller(), "INVITE");
            call.caller().respondTo(relayed, 200, "application/sdp", SipPhone.sdp("alice", 41000, "sendrecv", 3));
            assertEquals(200, resume.awaitFinal().status());
            call.callee().ack();
            call.caller().awaitRequest("ACK");

            TwoPhones.hangUp(call);
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(p.bob, record.getString("answeredBy"));
            assertEquals(0, record.getJsonArray("hops").size(), "a failed transfer is no hop");
        }
    }

    @Test
    void anUnknownTargetIsReportedAsNotFound(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            TwoPhones.Connected call = p.connect(ALICE_SDP, BOB_SDP);

            assertEquals(202, refer(call.callee(), Extensions.freshNumber(), server).awaitFinal().status());
            assertEquals("SIP/2.0 100 Trying", notified(call.callee(), "active"));
            assertEquals("SIP/2.0 404 Not Found", notified(call.callee(), "terminated"));

            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void aTransferorThatHangsUpAtOnceStillHandsTheCallOn(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(ALICE_SDP, BOB_SDP);

            assertEquals(202, refer(call.callee(), carol, server).awaitFinal().status());
            notified(call.callee(), "active");
            assertEquals(200, call.callee().bye().status(), "the transferor leaves right after the 202");

            SipPhone.Dialog target = carolPhone.awaitCall();
            target.respond(200, CAROL_SDP);
            SipMessageText reInvite = call.caller().awaitRequest("INVITE");
            call.caller().respondTo(reInvite, 200, "application/sdp", ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            target.awaitRequest("ACK");

            assertEquals(200, call.caller().bye().status());
            target.respondTo(target.awaitRequest("BYE"), 200, null, "");
            assertEquals(carol, CallRecords.awaitOne(server, p.alice).getString("answeredBy"));
        }
    }

    @Test
    void aReferBeforeTheAnswerIsRefused(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).body(ALICE_SDP).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();
            callee.ring();
            caller.awaitResponse(180);

            SipMessageText refused = caller.request("REFER", null, "", Map.of("Refer-To",
                    "<sip:" + p.bob + "@" + server.domain() + ">"));
            assertTrue(refused.status() == 481 || refused.status() == 491, refused::toString);

            caller.cancel();
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    /** The phone on {@code dialog} asks Parley to transfer its call to {@code target}. */
    static SipPhone.Sent refer(SipPhone.Dialog dialog, String target, ParleyServer server) {
        return Refers.refer(dialog, target, server);
    }

    /** The next NOTIFY of the refer event on {@code dialog}, answered 200: its sipfrag status line. */
    static String notified(SipPhone.Dialog dialog, String subscription) {
        return Refers.notified(dialog, subscription);
    }

    /** The callee holds the caller (as phones do before a transfer): Parley plays music to the caller. */
    private static void hold(TwoPhones.Connected call) {
        Holds.hold(call.callee(), call.caller(), SipPhone.sdp("bob", 42000, "sendonly", 2),
                SipPhone.sdp("alice", 41000, "sendrecv", 2));
    }

    static JsonObject awaitEvent(EventStream events, String name, String caller) {
        return events.await(name + " for a call from " + caller, Duration.ofSeconds(15),
                e -> e.name().equals(name) && e.json().getJsonObject("call").getJsonObject("caller")
                        .getString("number").equals(caller)).json();
    }
}
