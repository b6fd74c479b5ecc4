package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Attended transfer (RFC 5589 §7): Alice called Bob; Bob consulted Carol in a second call; Bob's REFER on his dialog
 * with Alice carries Refer-To Carol with Replaces naming his dialog with Carol (RFC 3891). Parley gives Carol a
 * re-INVITE without offer, Alice a re-INVITE with Carol's offer, Carol Alice's answer in the ACK, tells Bob 200 OK
 * and hangs up both of Bob's legs. Alice's call record is answered by Carol with an attended transfer hop. When the
 * hand-over fails, Bob is told by NOTIFY and keeps both calls.
 */
@ExtendWith(SharedParleyServer.class)
class AttendedTransferIT {

    private static final String CAROL_AGAIN = SipPhone.sdp("carol", 43000, "sendrecv", 2);

    /** Bob's call with Alice, his consultation call with Carol (both sides), his REFER accepted and "100 Trying". */
    private record Referred(TwoPhones.Connected call, SipPhone.Dialog consult, SipPhone.Dialog carolSide) {
    }

    private static Referred consultAndRefer(ParleyServer server, TwoPhones p, String carol, SipPhone carolPhone) {
        return consultAndRefer(server, p, carol, carolPhone, call -> { });
    }

    /** As above; {@code beforeConsulting} is what Bob does in his call with Alice before he calls Carol. */
    private static Referred consultAndRefer(ParleyServer server, TwoPhones p, String carol, SipPhone carolPhone,
            Consumer<TwoPhones.Connected> beforeConsulting) {
        TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
        beforeConsulting.accept(call);

        SipPhone.Dialog consult = p.bobPhone.invite(carol).body(SipPhone.offer("bob", 42010)).send();
        SipPhone.Dialog carolSide = carolPhone.awaitCall();
        carolSide.respond(200, BlindTransferIT.CAROL_SDP);
        assertEquals(200, consult.awaitFinal().status());
        consult.ack();
        carolSide.awaitRequest("ACK");
        Calls.awaitState(server, p.bob, "ANSWERED");
        Await.until(Duration.ofSeconds(5), "bob's ACK to the consultation taken", () -> Calls.from(server, p.bob)
                .map(c -> c.getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("role").equals("ORIGIN")
                                && l.getString("state").equals("CONFIRMED"))).orElse(false));

        String replaces = consult.callId() + ";to-tag=" + consult.remoteTag().orElseThrow() + ";from-tag="
                + consult.localTag();
        SipPhone.Sent refer = call.callee().send("REFER", null, "", Map.of("Refer-To", "<sip:" + carol + "@"
                + server.domain() + "?Replaces=" + URLEncoder.encode(replaces, StandardCharsets.UTF_8) + ">"));
        assertEquals(202, refer.awaitFinal().status());
        assertEquals("SIP/2.0 100 Trying", BlindTransferIT.notified(call.callee(), "active"));
        return new Referred(call, consult, carolSide);
    }

    @Test
    void theTransferorJoinsTheHeldPartyWithTheConsultedOne(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Referred r = consultAndRefer(server, p, carol, carolPhone);
            TwoPhones.Connected call = r.call();
            SipPhone.Dialog carolSide = r.carolSide();

            SipMessageText toCarol = carolSide.awaitRequest("INVITE");
            assertEquals("", toCarol.body(), "Carol is asked for a new offer");
            carolSide.respondTo(toCarol, 200, "application/sdp", CAROL_AGAIN);
            SipMessageText toAlice = call.caller().awaitRequest("INVITE");
            assertEquals(CAROL_AGAIN, toAlice.body(), "Alice gets Carol's session");
            call.caller().respondTo(toAlice, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            assertEquals(BlindTransferIT.ALICE_AGAIN, carolSide.awaitRequest("ACK").body(),
                    "Carol gets Alice's answer in the ACK");

            assertEquals("SIP/2.0 200 OK", BlindTransferIT.notified(call.callee(), "terminated"));
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");
            r.consult().respondTo(r.consult().awaitRequest("BYE"), 200, null, "");

            assertEquals(200, call.caller().bye().status());
            carolSide.respondTo(carolSide.awaitRequest("BYE"), 200, null, "");
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(carol, record.getString("answeredBy"), record::toString);
            JsonObject hop = record.getJsonArray("hops").getJsonObject(0);
            assertEquals("attended", hop.getString("reason"));
            assertEquals(p.bob, hop.getString("from"));
            assertEquals(carol, hop.getString("to"));
            JsonObject consultation = CallRecords.await(server, p.bob, 2).stream()
                    .filter(c -> c.getString("callerNumber").equals(p.bob)).findFirst().orElseThrow();
            assertEquals("ANSWERED", consultation.getString("disposition"), "the consultation call has its own record");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob, carol);
        }
    }

    /**
     * Bob holds Alice before he consults Carol, as phones do: Alice hears Parley's music (RTP from the engine reaches
     * her) while Bob talks to Carol; the REFER hands her on to Carol as before, and no media endpoint is left open.
     */
    @Test
    void theHeldPartyHearsMusicWhileTheTransferorConsults(ParleyServer server) throws IOException {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                DatagramSocket aliceRtp = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            aliceRtp.setSoTimeout(5000);
            String aliceOnHold = SipPhone.sdp("alice", aliceRtp.getLocalPort(), "sendrecv", 2);
            Referred r = consultAndRefer(server, p, carol, carolPhone, call -> {
                Holds.hold(call.callee(), call.caller(), SipPhone.sdp("bob", 42000, "sendonly", 2), aliceOnHold);
                byte[] buffer = new byte[2048];
                try {
                    aliceRtp.receive(new DatagramPacket(buffer, buffer.length));
                } catch (IOException e) {
                    throw new AssertionError("Alice received no RTP from Parley while held", e);
                }
            });
            TwoPhones.Connected call = r.call();

            SipMessageText toCarol = r.carolSide().awaitRequest("INVITE");
            r.carolSide().respondTo(toCarol, 200, "application/sdp", CAROL_AGAIN);
            SipMessageText toAlice = call.caller().awaitRequest("INVITE");
            assertEquals(CAROL_AGAIN, toAlice.body(), "Alice leaves the music for Carol's session");
            call.caller().respondTo(toAlice, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            r.carolSide().awaitRequest("ACK");
            assertEquals("SIP/2.0 200 OK", BlindTransferIT.notified(call.callee(), "terminated"));
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");
            r.consult().respondTo(r.consult().awaitRequest("BYE"), 200, null, "");
            HoldIT.awaitNoEndpoint(server);

            assertEquals(200, call.caller().bye().status());
            r.carolSide().respondTo(r.carolSide().awaitRequest("BYE"), 200, null, "");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob, carol);
        }
    }

    /**
     * Carol refuses the re-INVITE after the hand-over: Bob hears 488 by NOTIFY and keeps both calls as they were —
     * Alice bridged with him again, and Carol given back to the consultation call, bridged with him again.
     */
    @Test
    void aFailureAfterTheHandOverGivesBothCallsBack(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Referred r = consultAndRefer(server, p, carol, carolPhone);

            SipMessageText toCarol = r.carolSide().awaitRequest("INVITE");
            r.carolSide().respondTo(toCarol, 488, null, "");
            r.carolSide().awaitRequest("ACK");
            assertTrue(BlindTransferIT.notified(r.call().callee(), "terminated").startsWith("SIP/2.0 488"));

            Await.until(Duration.ofSeconds(5), "the consultation call answered again", () -> Calls.from(server, p.bob)
                    .map(c -> c.getString("state").equals("ANSWERED")).orElse(false));
            assertEquals(200, r.carolSide().bye().status(), "Carol hangs up");
            r.consult().respondTo(r.consult().awaitRequest("BYE"), 200, null, "");
            JsonObject consultation = CallRecords.await(server, p.bob, 1).stream()
                    .filter(c -> c.getString("callerNumber").equals(p.bob)).findFirst().orElseThrow();
            assertEquals(carol, consultation.getString("answeredBy"), consultation::toString);

            Calls.awaitState(server, p.alice, "ANSWERED");
            TwoPhones.hangUp(r.call());
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(p.bob, record.getString("answeredBy"), record::toString);
            assertEquals(0, record.getJsonArray("hops").size(), record::toString);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob, carol);
        }
    }

    /**
     * Alice refuses Carol's new session after the hand-over: Carol's offer, still unanswered, goes to Bob's
     * consultation dialog by re-INVITE and Bob's answer to Carol in the ACK; Bob hears 488 and keeps both calls.
     */
    @Test
    void aTargetsOfferRefusedAfterTheHandOverIsGivenToTheTransferor(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            Referred r = consultAndRefer(server, p, carol, carolPhone);

            SipMessageText toCarol = r.carolSide().awaitRequest("INVITE");
            r.carolSide().respondTo(toCarol, 200, "application/sdp", CAROL_AGAIN);
            SipMessageText toAlice = r.call().caller().awaitRequest("INVITE");
            r.call().caller().respondTo(toAlice, 488, null, "");
            r.call().caller().awaitRequest("ACK");
            assertTrue(BlindTransferIT.notified(r.call().callee(), "terminated").startsWith("SIP/2.0 488"));

            SipMessageText toBob = r.consult().awaitRequest("INVITE");
            assertEquals(CAROL_AGAIN, toBob.body(), "Bob's consultation dialog gets Carol's pending offer");
            String bobAgain = SipPhone.sdp("bob", 42010, "sendrecv", 2);
            r.consult().respondTo(toBob, 200, "application/sdp", bobAgain);
            assertEquals(bobAgain, r.carolSide().awaitRequest("ACK").body(), "Carol gets Bob's answer in the ACK");

            assertEquals(200, r.consult().bye().status(), "Bob ends the consultation");
            r.carolSide().respondTo(r.carolSide().awaitRequest("BYE"), 200, null, "");
            TwoPhones.hangUp(r.call());
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(p.bob, record.getString("answeredBy"), record::toString);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob, carol);
        }
    }
}
