package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Requests inside an answered call are relayed to the other party, each side in its own dialog: re-INVITE (a new
 * session) with its answer and ACK, UPDATE (hold and resume too), and INFO (DTMF), from either side; bodies unchanged.
 * A re-INVITE that holds is not relayed: Parley plays music to the other party ({@link HoldIT}).
 */
@ExtendWith(SharedParleyServer.class)
class InDialogRelayIT {

    private static final String DTMF = "Signal=5\r\nDuration=160\r\n";

    @Test
    void aNewSessionIsRelayedFromEitherSide(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", 42000));

            reInvite(call.caller(), call.callee(), SipPhone.sdp("alice", 41010, "sendrecv", 2),
                    SipPhone.sdp("bob", 42000, "sendrecv", 2));
            reInvite(call.callee(), call.caller(), SipPhone.sdp("bob", 42010, "sendrecv", 3),
                    SipPhone.sdp("alice", 41010, "sendrecv", 3));

            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void updateIsRelayedBothWays(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", 42000));

            relay(call.caller(), call.callee(), "UPDATE", "application/sdp",
                    SipPhone.sdp("alice", 41010, "sendonly", 2),
                    SipPhone.sdp("bob", 42000, "recvonly", 2));
            awaitHeld(server, p.alice, true);
            relay(call.callee(), call.caller(), "UPDATE", "application/sdp", SipPhone.sdp("bob", 42010, "sendrecv", 3),
                    SipPhone.sdp("alice", 41010, "sendrecv", 3));
            awaitHeld(server, p.alice, false);

            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void infoIsRelayedBothWays(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", 42000));

            relay(call.caller(), call.callee(), "INFO", "application/dtmf-relay", DTMF, null);
            relay(call.callee(), call.caller(), "INFO", "application/dtmf-relay", DTMF.replace('5', '9'), null);

            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    /**
     * A phone may hold the moment it has sent its ACK (RFC 3261 §14.1 only asks it to wait for the 2xx). The ACK and
     * the re-INVITE reach Parley in that order, so the re-INVITE must be relayed, not refused with 491 as if the ACK
     * were still missing. Tried several times, since the order inside Parley is what is checked.
     */
    @Test
    void aReInviteRightAfterTheAckIsRelayed(ParleyServer server) {
        List<String> refused = new ArrayList<>();
        for (int attempt = 1; attempt <= 20; attempt++) {
            try (TwoPhones p = TwoPhones.register(server)) {
                TwoPhones.Connected call = p.connectWithoutWaiting(SipPhone.offer("alice", 41000),
                        SipPhone.offer("bob", 42000));
                SipPhone.Sent hold = call.caller().send("INVITE", "application/sdp",
                        SipPhone.sdp("alice", 41010, "sendrecv", 2));
                Optional<SipMessageText> relayed = p.bobPhone.poll(Duration.ofSeconds(3),
                        m -> m.firstLine().startsWith("INVITE ") && SipPhone.toTag(m).isPresent());
                if (relayed.isPresent()) {
                    call.callee().respondTo(relayed.get(), 200, "application/sdp",
                            SipPhone.sdp("bob", 42000, "sendrecv", 2));
                    assertEquals(200, hold.awaitFinal().status());
                    call.caller().ack();
                    call.callee().awaitRequest("ACK");
                } else {
                    refused.add("attempt " + attempt + ": " + hold.poll(Duration.ofSeconds(1))
                            .map(SipMessageText::firstLine).orElse("no answer"));
                }
                TwoPhones.hangUp(call);
                CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
            }
        }
        assertEquals(List.of(), refused, "re-INVITEs sent right after the ACK and not relayed");
    }

    /**
     * Once an offer/answer exchange is complete (the sender has ACKed the relayed 2xx and the other side has its ACK),
     * either side may start the next one at once: it must be relayed, not refused with 491 as if the last one were
     * still under way. New sessions back and forth, each started the moment the previous ACK arrived.
     */
    @Test
    void aNewOfferRightAfterTheLastOneIsRelayed(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", 42000));
            List<String> refused = new ArrayList<>();
            for (int round = 1; round <= 20; round++) {
                boolean bobOffers = round % 2 == 1;
                SipPhone.Dialog from = bobOffers ? call.callee() : call.caller();
                SipPhone.Dialog to = bobOffers ? call.caller() : call.callee();
                SipPhone.Sent offer = from.send("INVITE", "application/sdp",
                        SipPhone.sdp("offerer", 43000 + 2 * round, "sendrecv", round + 1));
                SipPhone.Dialog receiver = to;
                Optional<SipMessageText> relayed = (bobOffers ? p.alicePhone : p.bobPhone).poll(Duration.ofSeconds(3),
                        m -> m.firstLine().startsWith("INVITE ") && m.header("Call-ID").orElse("")
                                .equals(receiver.callId()));
                if (relayed.isEmpty()) {
                    refused.add("round " + round + ": " + offer.poll(Duration.ofSeconds(1))
                            .map(SipMessageText::firstLine).orElse("no answer"));
                    continue;
                }
                to.respondTo(relayed.get(), 200, "application/sdp",
                        SipPhone.sdp("answerer", 44000, "sendrecv", round + 1));
                assertEquals(200, offer.awaitFinal().status());
                from.ack();
                to.awaitRequest("ACK");
            }
            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
            assertEquals(List.of(), refused, "offers started right after the previous exchange and not relayed");
        }
    }

    private static void awaitHeld(ParleyServer server, String caller, boolean held) {
        Await.until(Duration.ofSeconds(5), held ? "the call shown on hold" : "the call shown resumed",
                () -> Calls.from(server, caller).orElseThrow().getBoolean("held") == held);
    }

    /** A re-INVITE from {@code from}: the other side gets it with the same SDP, its answer comes back, ACK follows. */
    private static void reInvite(SipPhone.Dialog from, SipPhone.Dialog to, String offer, String answer) {
        relay(from, to, "INVITE", "application/sdp", offer, answer);
        from.ack();
        SipMessageText ack = to.awaitRequest("ACK");
        assertEquals(to.callId(), ack.header("Call-ID").orElseThrow(), "the ACK reaches the other side's dialog");
    }

    /**
     * A request from {@code from} reaches {@code to} in its own dialog with the same body; {@code to} answers 200
     * (with {@code answerBody} as SDP when not null) and that answer comes back to {@code from}.
     */
    private static void relay(SipPhone.Dialog from, SipPhone.Dialog to, String method, String contentType,
            String body, String answerBody) {
        SipPhone.Sent sent = from.send(method, contentType, body);

        SipMessageText relayed = TwoPhones.relayed(sent, to, method);
        assertEquals(body, relayed.body(), method + " body unchanged");
        assertEquals(contentType, relayed.header("Content-Type").orElse(""));
        assertEquals(to.callId(), relayed.header("Call-ID").orElseThrow(), "in the other side's own dialog");
        assertNotEquals(from.callId(), to.callId());
        to.respondTo(relayed, 200, answerBody == null ? null : "application/sdp", answerBody == null ? "" : answerBody);

        SipMessageText answer = sent.awaitFinal();
        assertEquals(200, answer.status(), () -> method + " answered: " + answer);
        if (answerBody != null) {
            assertEquals(answerBody, answer.body(), "the answer comes back unchanged");
        }
    }
}
